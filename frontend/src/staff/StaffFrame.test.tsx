import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { storeTokens } from "../auth/session";
import { director, json, mockApi, tokens } from "../test/api";
import { opening, OPENING_ID, schoolView, wg1 } from "../test/box";
import { renderApp } from "../test/render";

function signedInAs(me: unknown, extra: Parameters<typeof mockApi>[0] = {}) {
  storeTokens(tokens(1));
  return mockApi({
    "GET /api/v1/me": () => json(me),
    "GET /api/v1/schools/school-31": () => json(schoolView),
    "GET /api/v1/alerts": () => json([]),
    "GET /api/v1/appeals": () => json({ items: [], total: 0 }),
    "GET /api/v1/box-openings": () => json([]),
    ...extra,
  });
}

async function sections(): Promise<string[]> {
  const nav = await screen.findByRole("navigation", { name: "Staff sections" });
  await within(nav).findByRole("link", { name: "Journal" });
  return within(nav)
    .getAllByRole("link")
    .map((link) => link.textContent ?? "");
}

describe("the staff navigation", () => {
  it("offers the box and the journal to a working-group member, and the cases to one who is also an official", async () => {
    signedInAs(wg1);
    renderApp("/staff", "en");
    expect(await sections()).toEqual(["Workspace", "Cases", "Box", "Box passphrase", "Journal", "Monthly report"]);
  });

  it("offers only the box and the journal to a working-group member who is nothing else", async () => {
    signedInAs({ ...wg1, roles: ["working_group"] });
    renderApp("/staff", "en");
    expect(await sections()).toEqual(["Workspace", "Box", "Box passphrase", "Journal", "Monthly report"]);
  });

  it("offers the cases, the audit trail and the school's settings to the director", async () => {
    signedInAs(director);
    renderApp("/staff", "en");
    expect(await sections()).toEqual([
      "Workspace",
      "Cases",
      "Box",
      "Journal",
      "Monthly report",
      "Audit trail",
      "School settings",
      "Staff and roles",
      "Working group",
      "Holidays",
    ]);
    const settings = screen.getByRole("list", { name: "Settings" });
    expect(within(settings).getAllByRole("link").map((link) => link.textContent)).toEqual([
      "School settings",
      "Staff and roles",
      "Working group",
      "Holidays",
    ]);
  });

  it("offers the journal and the cases assigned to them to other staff of the school", async () => {
    signedInAs({ ...director, roles: ["social_pedagogue"] });
    renderApp("/staff", "en");
    expect(await sections()).toEqual(["Workspace", "Cases", "Journal", "Monthly report"]);
  });

  it("offers the school's settings but no cases to the school administrator", async () => {
    signedInAs({ ...director, roles: ["school_admin"] });
    renderApp("/staff", "en");
    expect(await sections()).toEqual([
      "Workspace",
      "Journal",
      "Monthly report",
      "School settings",
      "Staff and roles",
      "Working group",
      "Holidays",
    ]);
  });

  it("offers the cases, the district dashboard and the audit trail to the district office", async () => {
    signedInAs({ ...director, school: null, roles: ["district_officer"] });
    renderApp("/staff", "en");
    const nav = await screen.findByRole("navigation", { name: "Staff sections" });
    await within(nav).findByRole("link", { name: "Cases" });
    expect(within(nav).getAllByRole("link").map((link) => link.textContent)).toEqual([
      "Workspace",
      "Cases",
      "District",
      "Audit trail",
    ]);
  });
});

describe("the district administrator's navigation", () => {
  it("adds the integrations and the district's schools", async () => {
    signedInAs({ ...director, school: null, roles: ["district_admin"] });
    renderApp("/staff", "en");
    const nav = await screen.findByRole("navigation", { name: "Staff sections" });
    await within(nav).findByRole("link", { name: "District" });
    expect(within(nav).getAllByRole("link").map((link) => link.textContent)).toEqual([
      "Workspace",
      "District",
      "Integrations",
      "Schools",
    ]);
  });
});

describe("the director's inbox", () => {
  it("lists the signed acts not yet acknowledged, each leading to its act", async () => {
    signedInAs(director, {
      "GET /api/v1/box-openings": () =>
        json([
          opening({ status: "signed", act_number: "2026/08", signed_at: "2026-11-26T10:10:00Z" }),
          opening({
            id: "11111111-1111-4111-8111-111111111111",
            status: "signed",
            act_number: "2026/07",
            signed_at: "2026-10-20T10:10:00Z",
            acknowledged_at: "2026-10-21T03:00:00Z",
          }),
          opening({ id: "22222222-2222-4222-8222-222222222222", status: "abandoned" }),
        ]),
    });
    const user = userEvent.setup();
    renderApp("/staff", "en");
    const inbox = await screen.findByRole("region", { name: "Acts waiting for you" });
    const links = await within(inbox).findAllByRole("link");
    expect(links.map((link) => link.textContent)).toEqual([expect.stringMatching(/^Act No\. 2026\/08, signed November 26, 2026/)]);
    await user.click(links[0] as HTMLElement);
    await waitFor(() => expect(window.location.pathname).toBe(`/staff/box/${OPENING_ID}/act`));
  });

  it("says when nothing is waiting", async () => {
    signedInAs(director);
    renderApp("/staff", "ky");
    expect(await screen.findByText("Алынганын ырастоону күтүп турган акт жок.")).toBeVisible();
  });
});
