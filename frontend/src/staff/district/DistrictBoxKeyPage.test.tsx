import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { storeTokens } from "../../auth/session";
import { json, mockApi, problem, tokens } from "../../test/api";
import { opening, OPENING_ID } from "../../test/box";
import { renderApp } from "../../test/render";
import { districtOfficer } from "../../test/reports";

const districtAdmin = { ...districtOfficer, roles: ["district_officer", "district_admin"] };

function signedIn(routes: Parameters<typeof mockApi>[0] = {}) {
  storeTokens(tokens(1));
  const sent: { route: string; body: unknown }[] = [];
  mockApi({
    "GET /api/v1/me": () => json(districtAdmin),
    "GET /api/v1/districts/tup/settings": () => json({ two_factor_required: false, helplines: [], holds_box_share: true }),
    "POST /api/v1/districts/tup/box-key": async (request) => {
      sent.push({ route: "set", body: await request.json() });
      return json({ recovery_code: "DST-4444-5555", fingerprint: "d15d15" }, 201);
    },
    [`POST /api/v1/box-openings/${OPENING_ID}/district-share`]: async (request) => {
      sent.push({ route: "share", body: await request.json() });
      return json(opening({ confirmations_needed: 1 }));
    },
    "GET /api/v1/districts/tup/openings-awaiting-quorum": () =>
      json([
        {
          id: OPENING_ID,
          school: "school-31",
          school_name: "School No. 31 Yntymak",
          time_zone: "Asia/Bishkek",
          extraordinary: false,
          started_at: "2026-12-04T04:40:00Z",
          confirmations_needed: 2,
          district_share_given: false,
        },
      ]),
    "POST /api/v1/districts/tup/box-key/passphrase": async (request) => {
      sent.push({ route: "change", body: await request.json() });
      return json({ recovery_code: null });
    },
    ...routes,
  });
  return sent;
}

describe("the district's box passphrase", () => {
  it("is set once by the district administrator, who is shown the key card", async () => {
    const sent = signedIn();
    const user = userEvent.setup();
    renderApp("/staff/district/box-key", "en");
    expect(await screen.findByText("The district holds a share of each new box key.")).toBeVisible();
    const form = screen.getByRole("form", { name: "Set the district's box passphrase" });
    await user.type(within(form).getByLabelText("New box passphrase"), "district office key one");
    await user.type(within(form).getByLabelText("Type it again"), "district office key one");
    await user.click(within(form).getByRole("button", { name: "Set the district's passphrase" }));
    const card = await screen.findByRole("status", { name: "Your key card" });
    expect(within(card).getByLabelText("Recovery code")).toHaveTextContent("DST-4444-5555");
    expect(sent).toEqual([{ route: "set", body: { passphrase: "district office key one" } }]);
  });

  it("gives the district's share to an opening chosen from those waiting for their quorum", async () => {
    const sent = signedIn();
    const user = userEvent.setup();
    renderApp("/staff/district/box-key", "en");
    const form = await screen.findByRole("form", { name: "Give the district's share at an opening" });
    await within(form).findByText("School No. 31 Yntymak");
    await user.click(within(form).getByRole("button", { name: "Give the district's share" }));
    expect(within(form).getByText("Choose the opening.")).toBeVisible();
    const choice = within(form).getByRole("radio", { name: /School No. 31 Yntymak/ });
    expect(choice).toHaveAccessibleName(/2 more shares needed/);
    await user.click(choice);
    await user.type(within(form).getByLabelText("The district's box passphrase"), "district office key one");
    await user.click(within(form).getByRole("button", { name: "Give the district's share" }));
    expect(await within(form).findByText("The district's share is given. Confirmations still needed: 1.")).toBeVisible();
    expect(sent).toEqual([{ route: "share", body: { passphrase: "district office key one" } }]);
  });

  it("changes the district's passphrase with the current one", async () => {
    const sent = signedIn();
    const user = userEvent.setup();
    renderApp("/staff/district/box-key", "en");
    const form = await screen.findByRole("form", { name: "Change the district's box passphrase" });
    await user.type(within(form).getByLabelText("Current passphrase or recovery code"), "district office key one");
    await user.type(within(form).getByLabelText("New box passphrase"), "district office key two");
    await user.type(within(form).getByLabelText("Type it again"), "district office key two");
    await user.click(within(form).getByRole("button", { name: "Change the passphrase" }));
    expect(await within(form).findByText("The district's passphrase is changed.")).toBeVisible();
    expect(sent).toEqual([
      { route: "change", body: { current: "district office key one", new_passphrase: "district office key two" } },
    ]);
  });

  it("says so when the district's passphrase is wrong", async () => {
    signedIn({
      [`POST /api/v1/box-openings/${OPENING_ID}/district-share`]: () => problem(422, "box_passphrase_wrong"),
    });
    const user = userEvent.setup();
    renderApp("/staff/district/box-key", "en");
    const form = await screen.findByRole("form", { name: "Give the district's share at an opening" });
    await user.click(await within(form).findByRole("radio", { name: /School No. 31 Yntymak/ }));
    await user.type(within(form).getByLabelText("The district's box passphrase"), "wrong");
    await user.click(within(form).getByRole("button", { name: "Give the district's share" }));
    expect(await within(form).findByText("This box passphrase (or recovery code) does not open your key.")).toBeVisible();
  });

  it("is only for the district administrator", async () => {
    storeTokens(tokens(1));
    mockApi({ "GET /api/v1/me": () => json(districtOfficer) });
    renderApp("/staff/district/box-key", "en");
    expect(await screen.findByText("Only the district administrator sets the district's box passphrase.")).toBeVisible();
  });
});
