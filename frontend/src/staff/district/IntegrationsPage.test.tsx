import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { storeTokens } from "../../auth/session";
import { json, mockApi, tokens } from "../../test/api";
import { renderApp } from "../../test/render";
import { districtOfficer } from "../../test/reports";

const districtAdmin = { ...districtOfficer, roles: ["district_admin"] };

const account = {
  id: "0e1d2c3b-4a59-4687-9765-a4b3c2d1e0f9",
  name: "Statistics office",
  client_id: "svc_tup_1",
  scopes: ["reports:read"],
  created_at: "2026-11-20T04:00:00Z",
  revoked_at: null,
};

describe("the district's integrations", () => {
  it("creates a service account and shows its secret once", async () => {
    const accounts: unknown[] = [];
    const bodies: unknown[] = [];
    storeTokens(tokens(1));
    mockApi({
      "GET /api/v1/me": () => json(districtAdmin),
      "GET /api/v1/districts/tup/service-accounts": () => json({ items: accounts }),
      "GET /api/v1/districts/tup/webhooks": () => json({ items: [] }),
      "POST /api/v1/districts/tup/service-accounts": async (request) => {
        bodies.push(await request.json());
        accounts.push(account);
        return json({ account, client_secret: "s3cr3t-shown-once" }, 201);
      },
    });
    const user = userEvent.setup();
    renderApp("/staff/district/integrations", "en");
    expect(await screen.findByText("No service accounts yet.")).toBeVisible();
    await user.click(screen.getByRole("button", { name: "Create" }));
    expect(screen.getByText("This field is required.")).toBeVisible();
    expect(screen.getAllByText("Choose at least one.")[0]).toBeVisible();

    await user.type(screen.getByLabelText("Name"), "Statistics office");
    await user.click(screen.getByLabelText("Monthly reports"));
    await user.click(screen.getByRole("button", { name: "Create" }));
    expect(await screen.findByText("s3cr3t-shown-once")).toBeVisible();
    expect(screen.getByText(/shown only this once/)).toBeVisible();
    expect(bodies).toEqual([{ name: "Statistics office", scopes: ["reports:read"] }]);
    expect(await screen.findByText("svc_tup_1")).toBeVisible();

    await user.click(screen.getByRole("button", { name: "I have copied it" }));
    expect(screen.queryByText("s3cr3t-shown-once")).toBeNull();
  });

  it("subscribes a webhook and removes one after a confirmation", async () => {
    const removed: string[] = [];
    storeTokens(tokens(1));
    mockApi({
      "GET /api/v1/me": () => json(districtAdmin),
      "GET /api/v1/districts/tup/service-accounts": () => json({ items: [] }),
      "GET /api/v1/districts/tup/webhooks": () =>
        json({
          items: [
            {
              id: "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d",
              url: "https://rayono.example.kg/hooks",
              events: ["report.published"],
              active: true,
              created_at: "2026-11-20T04:00:00Z",
              pending: 0,
              failed: 1,
            },
          ],
        }),
      "POST /api/v1/districts/tup/webhooks": () =>
        json({ subscription: {}, secret: "whsec-once" }, 201),
      "DELETE /api/v1/districts/tup/webhooks/5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d": (request) => {
        removed.push(new URL(request.url).pathname);
        return new Response(null, { status: 204 });
      },
    });
    const user = userEvent.setup();
    renderApp("/staff/district/integrations", "en");
    expect(await screen.findByText("https://rayono.example.kg/hooks")).toBeVisible();
    expect(screen.getByText(/0 waiting, 1 failed/)).toBeVisible();

    await user.type(screen.getByLabelText("Address"), "https://rayono.example.kg/other");
    await user.click(screen.getByLabelText("An urgent appeal was dropped"));
    await user.click(screen.getByRole("button", { name: "Subscribe" }));
    expect(await screen.findByText("whsec-once")).toBeVisible();

    await user.click(screen.getByRole("button", { name: "Remove" }));
    const dialog = screen.getByRole("dialog", { name: "Remove this subscription?" });
    await user.click(within(dialog).getByRole("button", { name: "Remove" }));
    await waitFor(() => expect(removed).toHaveLength(1));
  });
});
