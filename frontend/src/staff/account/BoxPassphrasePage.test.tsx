import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { storeTokens } from "../../auth/session";
import { director, json, mockApi, problem, tokens } from "../../test/api";
import { schoolView, wg1 } from "../../test/box";
import { renderApp } from "../../test/render";

const members = (withPassphrase: number, withShare = 0) =>
  ["Dinara Sydykova", "Ermek Abdyraev", "Gulnara Osmonova"].map((full_name, index) => ({
    full_name,
    position: "Teacher",
    has_passphrase: index < withPassphrase,
    holds_share: index < withShare,
  }));

const notProtected = (withPassphrase: number) => ({
  school: "school-31",
  protected: false,
  trusted: true,
  district_share: false,
  quorum: 3,
  fingerprint: null,
  threshold: null,
  members: members(withPassphrase),
});

const sealed = {
  school: "school-31",
  protected: true,
  trusted: true,
  district_share: true,
  quorum: 3,
  fingerprint: "ab12cd34ef56",
  threshold: 3,
  members: members(3, 3),
};

function signedInAs(me: unknown, routes: Parameters<typeof mockApi>[0]) {
  storeTokens(tokens(1));
  const sent: { route: string; body: unknown }[] = [];
  const record =
    (route: string, answer: () => Response) =>
    async (request: Request): Promise<Response> => {
      sent.push({ route, body: await request.json() });
      return answer();
    };
  mockApi({
    "GET /api/v1/me": () => json(me),
    "GET /api/v1/schools/school-31": () => json(schoolView),
    "GET /api/v1/alerts": () => json([]),
    "GET /api/v1/appeals": () => json({ items: [], total: 0 }),
    "GET /api/v1/box-openings": () => json([]),
    ...Object.fromEntries(
      Object.entries(routes).map(([route, handler]) =>
        route.startsWith("POST") ? [route, record(route, () => handler(new Request("http://x")) as Response)] : [route, handler],
      ),
    ),
  });
  return sent;
}

describe("the box passphrase", () => {
  it("asks a member without one to set it on the start page, saying how many are still needed", async () => {
    signedInAs(wg1, {
      "GET /api/v1/me/box-key": () => json({ has_key: false, holds_share: false, school_protected: false }),
      "GET /api/v1/schools/school-31/box-key": () => json(notProtected(1)),
    });
    renderApp("/staff", "en");
    const prompt = await screen.findByRole("region", { name: "Set your box passphrase" });
    expect(prompt).toHaveTextContent("the box is protected once 3 members have one (1 have so far)");
    expect(within(prompt).getByRole("link", { name: "Set your box passphrase" })).toHaveAttribute(
      "href",
      "/staff/account/box-passphrase",
    );
    const key = await screen.findByRole("region", { name: "The box's key" });
    expect(key).toHaveTextContent("Not yet protected: 1 of 3 members have set a box passphrase");
  });

  it("does not ask a member who has one, nor the director", async () => {
    signedInAs(director, {
      "GET /api/v1/me/box-key": () => json({ has_key: false, holds_share: false, school_protected: true }),
      "GET /api/v1/schools/school-31/box-key": () => json(sealed),
    });
    renderApp("/staff", "en");
    const key = await screen.findByRole("region", { name: "The box's key" });
    expect(key).toHaveTextContent("The box is sealed to the working group's keys");
    expect(key).toHaveTextContent("ab12cd34ef56");
    expect(screen.queryByRole("region", { name: "Set your box passphrase" })).toBeNull();
  });

  it("sets the passphrase and shows the key card with the recovery code", async () => {
    const sent = signedInAs(wg1, {
      "GET /api/v1/me/box-key": () => json({ has_key: false, holds_share: false, school_protected: false }),
      "GET /api/v1/schools/school-31/box-key": () => json(notProtected(2)),
      "POST /api/v1/me/box-key": () => json({ recovery_code: "RCV-1111-2222", fingerprint: "ff00ee11" }, 201),
    });
    const user = userEvent.setup();
    renderApp("/staff/account/box-passphrase", "en");
    await user.type(await screen.findByLabelText("New box passphrase"), "short");
    await user.type(screen.getByLabelText("Type it again"), "short");
    await user.click(screen.getByRole("button", { name: "Set the passphrase" }));
    expect(screen.getByText("The passphrase needs at least 12 characters.")).toBeVisible();
    expect(sent).toEqual([]);

    await user.clear(screen.getByLabelText("New box passphrase"));
    await user.clear(screen.getByLabelText("Type it again"));
    await user.type(screen.getByLabelText("New box passphrase"), "apricot river morning");
    await user.type(screen.getByLabelText("Type it again"), "apricot river morning");
    await user.click(screen.getByRole("button", { name: "Set the passphrase" }));
    const card = await screen.findByRole("status", { name: "Your key card" });
    expect(within(card).getByLabelText("Recovery code")).toHaveTextContent("RCV-1111-2222");
    expect(card).toHaveTextContent("ff00ee11");
    expect(sent).toEqual([{ route: "POST /api/v1/me/box-key", body: { passphrase: "apricot river morning" } }]);
  });

  it("recovers a lost passphrase with the recovery code, and shows the new key card", async () => {
    const sent = signedInAs(wg1, {
      "GET /api/v1/me/box-key": () => json({ has_key: true, holds_share: true, school_protected: true }),
      "GET /api/v1/schools/school-31/box-key": () => json(sealed),
      "POST /api/v1/me/box-key/passphrase": () => json({ recovery_code: "RCV-NEW-3333" }),
    });
    const user = userEvent.setup();
    renderApp("/staff/account/box-passphrase", "en");
    expect(await screen.findByRole("heading", { name: "Change your box passphrase" })).toBeVisible();
    expect(screen.getByLabelText("Your current box passphrase")).toBeVisible();
    await user.click(screen.getByRole("button", { name: "I lost my passphrase: use my recovery code" }));
    expect(screen.getByRole("heading", { name: "Recover with your recovery code" })).toBeVisible();
    await user.type(screen.getByLabelText("Recovery code from your key card"), "RCV-1111-2222");
    await user.type(screen.getByLabelText("New box passphrase"), "plum valley evening");
    await user.type(screen.getByLabelText("Type it again"), "plum valley evening");
    await user.click(screen.getByRole("button", { name: "Set a new passphrase" }));
    const card = await screen.findByRole("status", { name: "Your key card" });
    expect(within(card).getByLabelText("Recovery code")).toHaveTextContent("RCV-NEW-3333");
    expect(sent).toEqual([
      {
        route: "POST /api/v1/me/box-key/passphrase",
        body: { current: "RCV-1111-2222", new_passphrase: "plum valley evening" },
      },
    ]);
    await user.click(within(card).getByRole("button", { name: "I have kept it" }));
    expect(await screen.findByText(/Your new box passphrase is set/)).toBeVisible();
  });

  it("says so when the current passphrase is wrong", async () => {
    signedInAs(wg1, {
      "GET /api/v1/me/box-key": () => json({ has_key: true, holds_share: true, school_protected: true }),
      "GET /api/v1/schools/school-31/box-key": () => json(sealed),
      "POST /api/v1/me/box-key/passphrase": () => problem(422, "box_passphrase_wrong"),
    });
    const user = userEvent.setup();
    renderApp("/staff/account/box-passphrase", "en");
    await user.type(await screen.findByLabelText("Your current box passphrase"), "not the right one");
    await user.type(screen.getByLabelText("New box passphrase"), "plum valley evening");
    await user.type(screen.getByLabelText("Type it again"), "plum valley evening");
    await user.click(screen.getByRole("button", { name: "Change the passphrase" }));
    expect(await screen.findByText("This box passphrase (or recovery code) does not open your key.")).toBeVisible();
  });
});
