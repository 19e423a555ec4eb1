import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { storeTokens } from "../../auth/session";
import { json, mockApi, problem, sentRoutes, tokens, type Handler } from "../../test/api";
import { member, opening, OPENING_ID, retrieved, schoolView, wg1, wg2 } from "../../test/box";
import { renderApp } from "../../test/render";

const path = `/api/v1/box-openings/${OPENING_ID}`;

function signedInAs(me: unknown, routes: Record<string, Handler>) {
  storeTokens(tokens(1));
  return mockApi({
    "GET /api/v1/me": () => json(me),
    "GET /api/v1/schools/school-31": () => json(schoolView),
    ...routes,
  });
}

describe("an opening", () => {
  it("shows who has confirmed and how many are still needed, and lets a member confirm", async () => {
    const fetchMock = signedInAs(wg2, {
      [`GET ${path}`]: () => json(opening()),
      [`POST ${path}/confirmations`]: () =>
        json(opening({ members: [member(wg1), member(wg2)], confirmations_needed: 1 })),
    });
    const user = userEvent.setup();
    renderApp(`/staff/box/${OPENING_ID}`, "en");
    expect(await screen.findByRole("heading", { level: 1, name: "Opening of the trust box" })).toBeVisible();
    expect(await screen.findByText("2 more members must confirm before the box opens.")).toBeVisible();
    const members = screen.getByRole("region", { name: "Members present" });
    expect(within(members).getByText("Dinara Sydykova")).toBeVisible();
    // The school's clock (Bishkek, UTC+6), whatever the device's zone.
    expect(within(members).getByText(/15:52$/)).toBeVisible();
    expect(screen.getByRole("list", { name: "Steps of the opening" })).toBeVisible();

    await user.click(screen.getByRole("button", { name: "Confirm that I am present" }));
    expect(await screen.findByText("1 more member must confirm before the box opens.")).toBeVisible();
    expect(screen.getByText(/^You have confirmed\./)).toBeVisible();
    expect(screen.queryByRole("button", { name: "Confirm that I am present" })).toBeNull();
    expect(sentRoutes(fetchMock)).toContain(`POST ${path}/confirmations`);
  });

  it("once open, shows each appeal with its badges and the obscene words marked", async () => {
    signedInAs(wg1, {
      [`GET ${path}`]: () => json(opening({ status: "open", confirmations_needed: 0 })),
      [`GET ${path}/appeals`]: () =>
        json([
          retrieved({ urgent: true, needs_referral: true, danger: ["threat"], text: "He said he will kill me." }),
          retrieved({
            id: "46335813-e1fb-4963-ab66-7e7d1ecb2971",
            channel: "paper",
            obscene_words: ["мудак"],
            text: "Учитель физики просто мудак.",
            messages: [{ written_on: "2026-11-24", text: "It happened again.", files: [] }],
          }),
        ]),
    });
    renderApp(`/staff/box/${OPENING_ID}`, "en");
    const first = await screen.findByRole("article", { name: "Appeal 1" });
    expect(within(first).getByText("He said he will kill me.")).toBeVisible();
    expect(within(first).getByText("Urgent")).toBeVisible();
    expect(within(first).getByText("Threat")).toBeVisible();
    expect(within(first).getByText("To refer to a competent body (clause 3.4)")).toBeVisible();
    expect(within(first).queryByText("The writer said they are in danger now.")).toBeNull();

    const second = screen.getByRole("article", { name: "Appeal 2" });
    expect(within(second).getByText("мудак", { selector: "mark" })).toBeVisible();
    expect(within(second).getByText("Obscene words found (clause 3.3): мудак")).toBeVisible();
    expect(within(second).getByText(/Paper note/)).toBeVisible();
    expect(within(second).getByText("It happened again.")).toBeVisible();
    expect(screen.getByText("3 more signatures are needed.")).toBeVisible();
  });

  it("takes a paper note, signed, and sets an appeal aside with the reason", async () => {
    let paperBody: unknown = null;
    let setAsideBody: unknown = null;
    const note = retrieved({ id: "19a445bc-d1a6-47fd-afd7-5c0f6df9fa24", channel: "paper", text: "A note." });
    signedInAs(wg1, {
      [`GET ${path}`]: () => json(opening({ status: "open", confirmations_needed: 0 })),
      [`GET ${path}/appeals`]: () => json([retrieved()]),
      [`POST ${path}/paper-appeals`]: async (request) => {
        paperBody = await request.json();
        return json(note, 201);
      },
      [`POST ${path}/appeals/0210559a-0780-40b3-80ff-90cf457d0636/set-aside`]: async (request) => {
        setAsideBody = await request.json();
        return json(retrieved({ status: "not_accepted", not_accepted_reason: "not_an_appeal" }));
      },
    });
    const user = userEvent.setup();
    renderApp(`/staff/box/${OPENING_ID}`, "en");
    const form = await screen.findByRole("form", { name: "Type in a paper note" });

    // Nothing is sent without a text, nor without the writer's name when it is signed.
    await user.click(within(form).getByRole("button", { name: "Add the note" }));
    expect(within(form).getByText("Type the text of the note.")).toBeVisible();
    await user.type(within(form).getByLabelText("Text of the note"), "A note.");
    await user.click(within(form).getByRole("radio", { name: "Signed: the writer gives a name" }));
    await user.click(within(form).getByRole("button", { name: "Add the note" }));
    expect(within(form).getByText("Type the writer's name.")).toBeVisible();
    expect(paperBody).toBeNull();

    await user.type(within(form).getByLabelText("Name as written on the note"), "Asel");
    await user.click(within(form).getByRole("radio", { name: "A parent or guardian" }));
    await user.type(within(form).getByLabelText("Phone"), "+996555123456");
    await user.click(within(form).getByRole("button", { name: "Add the note" }));
    expect(await within(form).findByText("The note is added to the list of appeals.")).toBeVisible();
    expect(paperBody).toEqual({
      text: "A note.",
      anonymous: false,
      submitter: { name: "Asel", kind: "parent", class_name: null, phone: "+996555123456", email: null },
      categories: [],
      not_accepted: null,
      in_danger: false,
    });
    expect(within(form).getByLabelText("Text of the note")).toHaveValue("");
    expect(await screen.findByRole("article", { name: "Appeal 2" })).toHaveTextContent("A note.");

    const first = screen.getByRole("article", { name: "Appeal 1" });
    await user.click(within(first).getByRole("button", { name: "Set aside (do not accept)" }));
    await user.click(within(first).getByRole("radio", { name: "not an appeal" }));
    await user.click(within(first).getByRole("button", { name: "Set it aside" }));
    expect(await within(first).findByText("Not accepted: not an appeal")).toBeVisible();
    expect(setAsideBody).toEqual({ reason: "not_an_appeal" });
  });

  it("takes a note that says its writer is in danger now, and shows it clearly on the appeal", async () => {
    let paperBody: unknown = null;
    signedInAs(wg1, {
      [`GET ${path}`]: () => json(opening({ status: "open", confirmations_needed: 0 })),
      [`GET ${path}/appeals`]: () => json([]),
      [`POST ${path}/paper-appeals`]: async (request) => {
        paperBody = await request.json();
        return json(
          retrieved({ channel: "paper", text: "Help me.", urgent: true, needs_referral: true, in_danger: true }),
          201,
        );
      },
    });
    const user = userEvent.setup();
    renderApp(`/staff/box/${OPENING_ID}`, "en");
    const form = await screen.findByRole("form", { name: "Type in a paper note" });
    await user.type(within(form).getByLabelText("Text of the note"), "Help me.");
    await user.click(within(form).getByRole("checkbox", { name: "The note says the writer is in danger now" }));
    await user.click(within(form).getByRole("button", { name: "Add the note" }));
    const card = await screen.findByRole("article", { name: "Appeal 1" });
    expect(paperBody).toMatchObject({ text: "Help me.", in_danger: true });
    expect(within(card).getByText("The writer said they are in danger now.")).toBeVisible();
    expect(within(card).getByText("Urgent")).toBeVisible();
    // The tick does not stay for the next note.
    expect(within(form).getByRole("checkbox", { name: "The note says the writer is in danger now" })).not.toBeChecked();
  });

  it("asks before abandoning, saying the appeals go back into the box sealed", async () => {
    const fetchMock = signedInAs(wg1, {
      [`GET ${path}`]: () => json(opening()),
      [`POST ${path}/abandon`]: () => json(opening({ status: "abandoned" })),
    });
    const user = userEvent.setup();
    renderApp(`/staff/box/${OPENING_ID}`, "en");
    await user.click(await screen.findByRole("button", { name: "Abandon the opening" }));
    const dialog = screen.getByRole("dialog", { name: "Abandon this opening?" });
    expect(dialog).toHaveAccessibleDescription(/Every appeal goes back into the box, sealed/);
    expect(within(dialog).getByRole("button", { name: "No, go back" })).toHaveFocus();
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(sentRoutes(fetchMock)).not.toContain(`POST ${path}/abandon`);

    await user.click(screen.getByRole("button", { name: "Abandon the opening" }));
    await user.click(screen.getByRole("button", { name: "Yes, abandon the opening" }));
    expect(await screen.findByText("This opening was abandoned. Every appeal went back into the box, sealed.")).toBeVisible();
  });

  it("translates the server's refusal", async () => {
    signedInAs(wg1, {
      [`GET ${path}`]: () => json(opening({ status: "open", confirmations_needed: 0 })),
      [`GET ${path}/appeals`]: () => json([]),
      [`POST ${path}/sign`]: () => problem(409, "already_signed"),
    });
    const user = userEvent.setup();
    renderApp(`/staff/box/${OPENING_ID}`, "ru");
    await user.click(await screen.findByRole("button", { name: "Подписать акт" }));
    await user.click(screen.getByRole("button", { name: "Да, подписать акт" }));
    expect(await screen.findByText("Вы уже подписали этот акт.")).toBeVisible();
  });

  it("says once how many must still confirm, and names the members still expected", async () => {
    signedInAs(wg1, {
      [`GET ${path}`]: () =>
        json(
          opening({
            expected: [wg2, { ...wg2, id: "c7d1e2f3-0000-4000-8000-000000000003", full_name: "Gulnara Osmonova" }].map(
              (person) => ({ user_id: person.id, full_name: person.full_name, position: person.position }),
            ),
          }),
        ),
    });
    renderApp(`/staff/box/${OPENING_ID}`, "en");
    expect(await screen.findByText("2 more members must confirm before the box opens.")).toBeVisible();
    expect(screen.getByText("You have confirmed. This page updates by itself as the others confirm.")).toBeVisible();
    expect(screen.queryByText(/opens when/)).toBeNull();
    const expected = await screen.findByRole("region", { name: "Still expected" });
    expect(within(expected).getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      "Ermek AbdyraevClass teacher, grade 7",
      "Gulnara OsmonovaClass teacher, grade 7",
    ]);
    expect(within(screen.getByRole("region", { name: "Members present" })).getByText("Dinara Sydykova")).toBeVisible();
  });

  it("lists the urgent appeals first", async () => {
    signedInAs(wg1, {
      [`GET ${path}`]: () => json(opening({ status: "open", confirmations_needed: 0 })),
      [`GET ${path}/appeals`]: () =>
        json([
          retrieved({ text: "The light in the gym is broken." }),
          retrieved({ id: "46335813-e1fb-4963-ab66-7e7d1ecb2971", urgent: true, text: "He said he will kill me." }),
        ]),
    });
    renderApp(`/staff/box/${OPENING_ID}`, "en");
    expect(within(await screen.findByRole("article", { name: "Appeal 1" })).getByText("He said he will kill me.")).toBeVisible();
    expect(within(screen.getByRole("article", { name: "Appeal 2" })).getByText("The light in the gym is broken.")).toBeVisible();
  });

  it("asks before a signature, and says the last one freezes the act for good", async () => {
    const fetchMock = signedInAs(wg1, {
      [`GET ${path}`]: () => json(opening({ status: "open", confirmations_needed: 0, signatures_needed: 1 })),
      [`GET ${path}/appeals`]: () => json([]),
    });
    const user = userEvent.setup();
    renderApp(`/staff/box/${OPENING_ID}`, "en");
    await user.click(await screen.findByRole("button", { name: "Sign the act" }));
    const dialog = screen.getByRole("dialog", { name: "Sign the act?" });
    expect(dialog).toHaveAccessibleDescription(/Yours is the last signature needed\..*This cannot be undone\./);
    expect(within(dialog).getByRole("button", { name: "No, go back" })).toHaveFocus();
    await user.click(within(dialog).getByRole("button", { name: "No, go back" }));
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(sentRoutes(fetchMock)).not.toContain(`POST ${path}/sign`);
  });

  it("asks no more for the appeals once the last signature has frozen the act", async () => {
    let signed = false;
    const fetchMock = signedInAs(wg1, {
      [`GET ${path}`]: () =>
        json(
          signed
            ? opening({ status: "signed", act_number: "2026/07", members: [member(wg1, true)], signatures_needed: 0 })
            : opening({ status: "open", confirmations_needed: 0, signatures_needed: 1 }),
        ),
      [`GET ${path}/appeals`]: () => (signed ? problem(409, "act_signed") : json([retrieved()])),
      [`POST ${path}/sign`]: () => {
        signed = true;
        return json(
          opening({ status: "signed", act_number: "2026/07", members: [member(wg1, true)], signatures_needed: 0 }),
        );
      },
    });
    const user = userEvent.setup();
    renderApp(`/staff/box/${OPENING_ID}`, "en");
    expect(await screen.findByRole("article", { name: "Appeal 1" })).toBeVisible();
    await user.click(screen.getByRole("button", { name: "Sign the act" }));
    await user.click(screen.getByRole("button", { name: "Yes, sign the act" }));
    expect(await screen.findByText(/^The act No\. 2026\/07 is signed\./)).toBeVisible();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(sentRoutes(fetchMock).filter((route) => route === `GET ${path}/appeals`)).toHaveLength(1);
  });

  it("leads to the act once it is signed", async () => {
    signedInAs(wg1, {
      [`GET ${path}`]: () =>
        json(opening({ status: "signed", act_number: "2026/07", members: [member(wg1, true)], signatures_needed: 0 })),
    });
    renderApp(`/staff/box/${OPENING_ID}`, "ky");
    expect(await screen.findByText(/^№ 2026\/07 актыга кол коюлду\./)).toBeVisible();
    expect(screen.getByRole("link", { name: "Актыны ачуу" })).toHaveAttribute("href", `/staff/box/${OPENING_ID}/act`);
  });
});
