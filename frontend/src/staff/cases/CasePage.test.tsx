import { cleanup, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { storeTokens } from "../../auth/session";
import { dayOf } from "../../i18n/dates";
import { director, json, mockApi, problem, sentRoutes, tokens, type Handler } from "../../test/api";
import { schoolView, wg1 } from "../../test/box";
import { bodies, CASE_ID, caseFile, deputy, staffRef, staffView } from "../../test/cases";
import { renderApp } from "../../test/render";
import type { CaseMessage, CaseReferral } from "./hooks";

const ANSWER_ID = "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b";
const REFERRAL_ID = "7f8e9d0c-1b2a-4c3d-8e4f-5a6b7c8d9e0f";
const today = () => dayOf(new Date().toISOString(), "Asia/Bishkek");

/** Opens an action of the case kept one click away (unless it is the next step, open already) and returns its form. */
async function openAction(user: ReturnType<typeof userEvent.setup>, name: string, within_: HTMLElement = document.body) {
  const toggle = (await within(within_).findAllByRole("button", { name })).find((button) =>
    button.hasAttribute("aria-expanded"),
  );
  if (toggle?.getAttribute("aria-expanded") === "false") await user.click(toggle);
  return within(within_).getByRole("form", { name });
}

function signedInAs(me: unknown, routes: Record<string, Handler>) {
  storeTokens(tokens(1));
  return mockApi({
    "GET /api/v1/me": () => json(me),
    "GET /api/v1/schools/school-31": () => json(schoolView),
    "GET /api/v1/referral-bodies": () => json(bodies),
    "GET /api/v1/schools/school-31/staff": () =>
      json([staffView(director), staffView(deputy), staffView(wg1)]),
    ...routes,
  });
}

/** A POST route that keeps what was sent and answers `answer`. */
function keeping(sent: unknown[], answer: () => Response): Handler {
  return async (request) => {
    const text = await request.text();
    sent.push(text ? JSON.parse(text) : null);
    return answer();
  };
}

const conversation: [CaseMessage, CaseMessage, CaseMessage] = [
  {
    id: "1d2c3b4a-0000-4000-8000-000000000001",
    kind: "writer_message",
    written_on: "2026-11-27",
    written_at: null,
    author: null,
    text: "It is still cold in the room.",
    approved_at: null,
    approved_by: null,
    files: [],
  },
  {
    id: ANSWER_ID,
    kind: "answer",
    written_on: "2026-11-28",
    written_at: "2026-11-28T04:00:00Z",
    author: staffRef(deputy),
    text: "The window will be replaced on Monday.",
    approved_at: null,
    approved_by: null,
    files: [],
  },
  {
    id: "1d2c3b4a-0000-4000-8000-000000000003",
    kind: "internal_note",
    written_on: "2026-11-28",
    written_at: "2026-11-28T05:00:00Z",
    author: staffRef(deputy),
    text: "The caretaker has ordered the glass.",
    approved_at: null,
    approved_by: null,
    files: [],
  },
];

describe("a case, for the director", () => {
  it("shows the appeal, the writer and the conversation, each message marked for who reads it", async () => {
    signedInAs(director, {
      [`GET /api/v1/cases/${CASE_ID}`]: () =>
        json(
          caseFile(
            {
              messages: conversation,
              measures: [
                {
                  id: "m1",
                  taken_on: "2026-11-27",
                  taken_by: "Caretaker",
                  summary: "The window was covered with film.",
                  recorded_by: staffRef(deputy),
                  recorded_at: "2026-11-27T06:00:00Z",
                },
              ],
            },
            { status: "assigned", official: staffRef(deputy), flags: ["answer_awaiting_approval"] },
          ),
        ),
    });
    renderApp(`/staff/cases/${CASE_ID}`, "en");
    expect(await screen.findByRole("heading", { level: 1, name: "Case No. 2026/14" })).toBeVisible();
    expect(screen.getByText("Opening a case is recorded in the audit trail.")).toBeVisible();
    expect(await screen.findByText("The window in the chemistry room is broken.")).toBeVisible();
    const writer = screen.getByRole("region", { name: "The writer" });
    expect(writer).toHaveTextContent("Gulnara Asanova");
    expect(writer).toHaveTextContent("A parent or guardian");
    expect(within(writer).getByRole("link", { name: "gulnara@example.kg" })).toHaveAttribute(
      "href",
      "mailto:gulnara@example.kg",
    );
    expect(screen.getByText("Bakyt Toktogulov, Deputy director for educational work", { selector: "dd" })).toBeVisible();
    expect(screen.getByText("Answer waits for approval")).toBeVisible();

    const messages = within(screen.getByRole("region", { name: "Conversation" })).getAllByRole("listitem");
    expect(messages[0]).toHaveTextContent("From the writer");
    expect(messages[0]).toHaveTextContent("It is still cold in the room.");
    expect(messages[1]).toHaveTextContent("Answer to the writer — draft, waiting for the director's approval");
    expect(messages[2]).toHaveTextContent("Internal note — the writer never sees this");
    expect(messages[2]).toHaveTextContent("The caretaker has ordered the glass.");
    expect(within(messages[2] as HTMLElement).queryByRole("button")).toBeNull();

    const measures = screen.getByRole("region", { name: "Measures taken" });
    expect(measures).toHaveTextContent("November 27, 2026 · Caretaker");
    expect(measures).toHaveTextContent("The window was covered with film.");
  });

  it("approves a drafted answer, and the case is read again", async () => {
    const approved: unknown[] = [];
    let reads = 0;
    signedInAs(director, {
      [`GET /api/v1/cases/${CASE_ID}`]: () => {
        reads += 1;
        const answer = {
          ...conversation[1],
          approved_at: reads > 1 ? "2026-11-28T06:00:00Z" : null,
          approved_by: reads > 1 ? staffRef(director) : null,
        };
        return json(caseFile({ messages: [answer] }, { status: "assigned", official: staffRef(deputy) }));
      },
      [`POST /api/v1/cases/${CASE_ID}/answers/${ANSWER_ID}/approval`]: keeping(approved, () => json(conversation[1])),
    });
    const user = userEvent.setup();
    renderApp(`/staff/cases/${CASE_ID}`, "en");
    await user.click(await screen.findByRole("button", { name: "Approve this answer" }));
    expect(await screen.findByText("Answer to the writer — approved, the writer can read it")).toBeVisible();
    expect(screen.queryByRole("button", { name: "Approve this answer" })).toBeNull();
    expect(approved).toEqual([null]);
    expect(screen.getByRole("region", { name: "Conversation" })).toHaveTextContent("Aida Kangeldieva");
  });

  it("assigns an official from those the server lists, and shows its refusal", async () => {
    const assigned: unknown[] = [];
    signedInAs(director, {
      [`GET /api/v1/cases/${CASE_ID}`]: () =>
        json(caseFile({ concerned_staff: [staffRef(wg1)], assignable: [staffRef(director), staffRef(deputy)] })),
      [`POST /api/v1/cases/${CASE_ID}/assignment`]: keeping(assigned, () => problem(422, "assignee_concerned")),
    });
    const user = userEvent.setup();
    renderApp(`/staff/cases/${CASE_ID}`, "en");
    const form = await screen.findByRole("form", { name: "Assign the competent official" });
    const picker = await within(form).findByLabelText("Official");
    const options = within(picker).getAllByRole("option").map((option) => option.textContent);
    expect(options).toEqual([
      "Choose a staff member",
      "Aida Kangeldieva — director",
      "Bakyt Toktogulov — Deputy director for educational work",
    ]);
    await user.click(within(form).getByRole("button", { name: "Assign" }));
    expect(within(form).getByText("Choose who will handle the case.")).toBeVisible();
    expect(assigned).toEqual([]);

    await user.selectOptions(picker, deputy.id);
    await user.click(within(form).getByRole("button", { name: "Assign" }));
    expect(await within(form).findByRole("alert")).toHaveTextContent(
      "The appeal concerns this person: they can neither handle nor see it. Choose someone else.",
    );
    expect(assigned).toEqual([{ official_id: deputy.id }]);
  });

  it("offers another official than the one assigned, and says when there is nobody else", async () => {
    let assignable = [staffRef(director), staffRef(deputy)];
    signedInAs(director, {
      [`GET /api/v1/cases/${CASE_ID}`]: () =>
        json(caseFile({ assignable }, { status: "assigned", official: staffRef(deputy), flags: [] })),
    });
    const user = userEvent.setup();
    renderApp(`/staff/cases/${CASE_ID}`, "en");
    const form = await openAction(user, "Assign another official");
    const options = within(within(form).getByLabelText("Official")).getAllByRole("option");
    expect(options.map((option) => option.textContent)).toEqual(["Choose a staff member", "Aida Kangeldieva — director"]);
    cleanup();

    assignable = [staffRef(deputy)];
    renderApp(`/staff/cases/${CASE_ID}`, "en");
    const alone = await openAction(user, "Assign another official");
    expect(alone).toHaveTextContent("There is no one else this case can be assigned to.");
    expect(within(alone).queryByRole("button")).toBeNull();
  });

  it("keeps the conversation in the server's order, not re-sorted by day and time", async () => {
    const [writerMessage, answer, note] = conversation;
    // A writer's reply keeps only its day: it came after the note of the same day.
    const reply = {
      ...writerMessage,
      id: "1d2c3b4a-0000-4000-8000-000000000004",
      written_on: "2026-11-28",
      text: "Still cold.",
    };
    signedInAs(director, {
      [`GET /api/v1/cases/${CASE_ID}`]: () => json(caseFile({ messages: [writerMessage, note, answer, reply] })),
    });
    renderApp(`/staff/cases/${CASE_ID}`, "en");
    const region = await screen.findByRole("region", { name: "Conversation" });
    const texts = within(region)
      .getAllByRole("listitem")
      .map((item) => item.querySelector(".message__text")?.textContent);
    expect(texts).toEqual([writerMessage.text, note.text, answer.text, "Still cold."]);
  });

  it("records, after asking, that the appeal concerns a staff member", async () => {
    const marked: unknown[] = [];
    signedInAs(director, {
      [`GET /api/v1/cases/${CASE_ID}`]: () => json(caseFile({ concerned_staff: marked.length ? [staffRef(deputy)] : [] })),
      [`POST /api/v1/cases/${CASE_ID}/concerned-staff`]: keeping(marked, () => new Response(null, { status: 204 })),
    });
    const user = userEvent.setup();
    renderApp(`/staff/cases/${CASE_ID}`, "en");
    const form = await openAction(user, "The appeal concerns a staff member");
    await user.selectOptions(await within(form).findByLabelText("Staff member"), deputy.id);
    await user.click(within(form).getByRole("button", { name: "Record" }));
    const dialog = screen.getByRole("dialog", { name: "Record that the appeal concerns Bakyt Toktogulov?" });
    expect(dialog).toHaveTextContent("This cannot be undone.");
    await user.click(within(dialog).getByRole("button", { name: "No, go back" }));
    expect(marked).toEqual([]);

    await user.click(within(form).getByRole("button", { name: "Record" }));
    await user.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Yes, record it" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(marked).toEqual([{ staff_id: deputy.id }]);
    const section = screen.getByRole("region", { name: "Staff this appeal concerns" });
    expect(await within(section).findByText("Bakyt Toktogulov, Deputy director for educational work")).toBeVisible();
  });

  it("answers the writer directly, approved at once", async () => {
    const answers: unknown[] = [];
    signedInAs(director, {
      [`GET /api/v1/cases/${CASE_ID}`]: () => json(caseFile()),
      [`POST /api/v1/cases/${CASE_ID}/answers`]: keeping(answers, () => json(conversation[1], 201)),
    });
    const user = userEvent.setup();
    renderApp(`/staff/cases/${CASE_ID}`, "en");
    const form = await screen.findByRole("form", { name: "Answer the writer" });
    expect(within(form).getByLabelText("Approve it now: the writer can read it at once")).toBeChecked();
    await user.type(within(form).getByLabelText("Answer"), "Thank you, the window is fixed.");
    await user.click(within(form).getByRole("button", { name: "Send the answer" }));
    expect(await within(form).findByText("The answer is approved. The writer can read it now.")).toBeVisible();
    expect(answers).toEqual([{ text: "Thank you, the window is fixed.", approve: true }]);
  });
  it("adds a body of the school's own to the catalogue and chooses it", async () => {
    const added: unknown[] = [];
    const own = {
      id: "00000000-0000-4000-8000-0000000000aa",
      code: null,
      name_ky: "Айыл өкмөтү",
      name_ru: "Айыл окмоту",
      name_en: "Village council",
      district_office: false,
    };
    signedInAs(director, {
      [`GET /api/v1/cases/${CASE_ID}`]: () => json(caseFile()),
      "GET /api/v1/referral-bodies": () => json({ items: added.length ? [...bodies.items, own] : bodies.items }),
      "POST /api/v1/referral-bodies": keeping(added, () => json(own, 201)),
    });
    const user = userEvent.setup();
    renderApp(`/staff/cases/${CASE_ID}`, "en");
    await openAction(user, "Refer to a competent body");
    await user.click(await screen.findByText("The body is not in the list?"));
    const form = screen.getByRole("form", { name: "Add a body of the school's own" });
    await user.type(within(form).getByLabelText("Name in Kyrgyz"), "Айыл өкмөтү");
    await user.click(within(form).getByRole("button", { name: "Add the body" }));
    expect(within(form).getAllByText("Give the name in this language.")).toHaveLength(2);
    expect(added).toEqual([]);
    await user.type(within(form).getByLabelText("Name in Russian"), "Айыл окмоту");
    await user.type(within(form).getByLabelText("Name in English"), "Village council");
    await user.click(within(form).getByRole("button", { name: "Add the body" }));
    const refer = screen.getByRole("form", { name: "Refer to a competent body" });
    await waitFor(() => expect(within(refer).getByLabelText("Body")).toHaveValue(own.id));
    expect(within(refer).getByRole("option", { name: "Village council" })).toBeInTheDocument();
    expect(added).toEqual([{ school: "school-31", name_ky: "Айыл өкмөтү", name_ru: "Айыл окмоту", name_en: "Village council" }]);
  });
});

describe("a case about the director, for the district office directing it", () => {
  const officer = {
    ...director,
    id: "2e3f4a5b-6c7d-4e8f-9a0b-1c2d3e4f5a6b",
    login: "demo.district",
    full_name: "Nurlan Osmonov",
    position: "District education officer",
    roles: ["district_officer"],
    school: null,
  };
  const colleague = {
    id: "3f4a5b6c-7d8e-4f9a-8b1c-2d3e4f5a6b7c",
    full_name: "Cholpon Isakova",
    position: "District education officer",
  };
  const routed = () =>
    caseFile(
      {
        routed_to_district: true,
        concerned_staff: [staffRef(director)],
        // The server's list: the school's active staff and the district's officers, by name.
        assignable: [staffRef(deputy), staffRef(colleague), staffRef(wg1), staffRef(officer)],
      },
      { status: "assigned", official: staffRef(colleague), flags: ["routed_to_district"] },
    );

  it("takes the school from the case: its bodies, its time zone and the way back, with no address to carry", async () => {
    const bodySchools: string[] = [];
    const fetchMock = signedInAs(officer, {
      [`GET /api/v1/cases/${CASE_ID}`]: () => json(routed()),
      "GET /api/v1/referral-bodies": (request) => {
        bodySchools.push(new URL(request.url).searchParams.get("school") ?? "");
        return json(bodies);
      },
    });
    const user = userEvent.setup();
    renderApp(`/staff/cases/${CASE_ID}`, "en");
    expect(await screen.findByRole("heading", { level: 1, name: "Case No. 2026/14" })).toBeVisible();
    expect(screen.queryByLabelText("School address")).toBeNull();
    await openAction(user, "Refer to a competent body");
    expect(screen.getByRole("link", { name: "Back to the cases" })).toHaveAttribute("href", "/staff/cases?school=school-31");
    await waitFor(() => expect(bodySchools).toContain("school-31"));
    expect(sentRoutes(fetchMock)).toContain("GET /api/v1/schools/school-31");
  });

  it("assigns from the server's list, and records whom the appeal concerns without the school's staff list", async () => {
    const assigned: unknown[] = [];
    const marked: unknown[] = [];
    const fetchMock = signedInAs(officer, {
      [`GET /api/v1/cases/${CASE_ID}`]: () => json(routed()),
      [`POST /api/v1/cases/${CASE_ID}/assignment`]: keeping(assigned, () => json(routed().summary)),
      [`POST /api/v1/cases/${CASE_ID}/concerned-staff`]: keeping(marked, () => new Response(null, { status: 204 })),
    });
    const user = userEvent.setup();
    renderApp(`/staff/cases/${CASE_ID}`, "en");
    const assignment = await openAction(user, "Assign another official");
    const official = within(assignment).getByLabelText("Official");
    expect(within(official).getAllByRole("option").map((option) => option.textContent)).toEqual([
      "Choose a staff member",
      "Bakyt Toktogulov — Deputy director for educational work",
      `Dinara Sydykova — ${wg1.position}`,
      "Nurlan Osmonov — District education officer",
    ]);
    await user.selectOptions(official, officer.id);
    await user.click(within(assignment).getByRole("button", { name: "Reassign" }));
    await waitFor(() => expect(assigned).toEqual([{ official_id: officer.id }]));

    const concern = await openAction(user, "The appeal concerns a staff member");
    const person = within(concern).getByLabelText("Staff member");
    // Those the case can be assigned to and its official; never the district account itself.
    expect(within(person).getAllByRole("option").map((option) => option.textContent)).toEqual([
      "Choose a staff member",
      "Bakyt Toktogulov — Deputy director for educational work",
      "Cholpon Isakova — District education officer",
      `Dinara Sydykova — ${wg1.position}`,
    ]);
    await user.selectOptions(person, deputy.id);
    await user.click(within(concern).getByRole("button", { name: "Record" }));
    const dialog = screen.getByRole("dialog", { name: "Record that the appeal concerns Bakyt Toktogulov?" });
    expect(dialog).not.toHaveTextContent("This is the director");
    await user.click(within(dialog).getByRole("button", { name: "Yes, record it" }));
    await waitFor(() => expect(marked).toEqual([{ staff_id: deputy.id }]));
    expect(sentRoutes(fetchMock)).not.toContain("GET /api/v1/schools/school-31/staff");
  });
});

describe("a case, for the official handling it", () => {
  const handling = { your_part: { directing: false, handling: true }, assignable: [] };

  it("shows the case, the conversation and the answer, with every other action one click away", async () => {
    signedInAs(deputy, { [`GET /api/v1/cases/${CASE_ID}`]: () => json(caseFile(handling)) });
    const user = userEvent.setup();
    renderApp(`/staff/cases/${CASE_ID}`, "en");
    expect(await screen.findByRole("form", { name: "Answer the writer" })).toBeVisible();
    const later = ["Internal note", "Record a measure", "Refer to a competent body", "Close the case"];
    for (const name of later) {
      expect(screen.queryByRole("form", { name })).toBeNull();
      expect(screen.getByRole("button", { name, expanded: false })).toBeVisible();
    }
    await user.click(screen.getByRole("button", { name: "Record a measure", expanded: false }));
    expect(screen.getByRole("form", { name: "Record a measure" })).toBeVisible();
    expect(screen.getByRole("button", { name: "Record a measure", expanded: true })).toBeVisible();
    expect(screen.queryByRole("form", { name: "Close the case" })).toBeNull();
  });

  it("opens the referral at once when the appeal waits to be referred", async () => {
    signedInAs(deputy, {
      [`GET /api/v1/cases/${CASE_ID}`]: () =>
        json(caseFile({ ...handling, needs_referral: true }, { urgent: true, flags: ["urgent_without_referral"] })),
    });
    renderApp(`/staff/cases/${CASE_ID}`, "en");
    expect(await screen.findByRole("form", { name: "Refer to a competent body" })).toBeVisible();
    expect(screen.queryByRole("form", { name: "Record a measure" })).toBeNull();
  });

  it("offers no assignment nor approval, and records a measure without naming the child", async () => {
    const measures: unknown[] = [];
    signedInAs(deputy, {
      [`GET /api/v1/cases/${CASE_ID}`]: () => json(caseFile({ ...handling, messages: [conversation[1]] })),
      [`POST /api/v1/cases/${CASE_ID}/measures`]: keeping(measures, () => json({}, 201)),
    });
    const user = userEvent.setup();
    renderApp(`/staff/cases/${CASE_ID}`, "en");
    const form = await openAction(user, "Record a measure");
    expect(screen.queryByRole("form", { name: "Assign the competent official" })).toBeNull();
    expect(screen.queryByRole("form", { name: "The appeal concerns a staff member" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Approve this answer" })).toBeNull();
    expect(within(form).getByText(/do not name the child/)).toBeVisible();
    expect(within(form).getByLabelText("Taken on")).toHaveValue(today());
    expect(within(form).getByLabelText("Taken on")).toHaveAttribute("max", today());

    await user.click(within(form).getByRole("button", { name: "Record the measure" }));
    expect(within(form).getByText("Say who took the measure.")).toBeVisible();
    expect(within(form).getByLabelText("Taken by")).toHaveFocus();
    await user.type(within(form).getByLabelText("Taken by"), "Class teacher, grade 7");
    await user.type(within(form).getByLabelText("What was done"), "Talk with the class about respect.");
    await user.click(within(form).getByRole("button", { name: "Record the measure" }));
    expect(await within(form).findByText("The measure is recorded in the journal.")).toBeVisible();
    expect(measures).toEqual([
      { taken_on: today(), taken_by: "Class teacher, grade 7", summary: "Talk with the class about respect." },
    ]);
  });

  it("drafts the answer for the director's approval, and keeps an internal note", async () => {
    const answers: unknown[] = [];
    const notes: unknown[] = [];
    signedInAs(deputy, {
      [`GET /api/v1/cases/${CASE_ID}`]: () => json(caseFile(handling)),
      [`POST /api/v1/cases/${CASE_ID}/answers`]: keeping(answers, () => json(conversation[1], 201)),
      [`POST /api/v1/cases/${CASE_ID}/notes`]: keeping(notes, () => json(conversation[2], 201)),
    });
    const user = userEvent.setup();
    renderApp(`/staff/cases/${CASE_ID}`, "en");
    const answer = await screen.findByRole("form", { name: "Answer the writer" });
    expect(within(answer).queryByRole("checkbox")).toBeNull();
    await user.type(within(answer).getByLabelText("Answer"), "The window will be replaced.");
    await user.click(within(answer).getByRole("button", { name: "Save the draft for approval" }));
    expect(await within(answer).findByText("The draft is saved. It waits for the director's approval.")).toBeVisible();
    expect(answers).toEqual([{ text: "The window will be replaced.", approve: false }]);

    const note = await openAction(user, "Internal note");
    expect(note).toHaveTextContent("The writer never sees it.");
    await user.type(within(note).getByLabelText("Note"), "Glass ordered.");
    await user.click(within(note).getByRole("button", { name: "Add the note" }));
    expect(await within(note).findByText("The note is added.")).toBeVisible();
    expect(notes).toEqual([{ text: "Glass ordered." }]);
  });

  it("says the draft is saved when it is the first message of the conversation", async () => {
    const answers: unknown[] = [];
    const empty = caseFile(handling);
    signedInAs(deputy, {
      [`GET /api/v1/cases/${CASE_ID}`]: () => json(answers.length === 0 ? empty : { ...empty, messages: [conversation[1]] }),
      [`POST /api/v1/cases/${CASE_ID}/answers`]: keeping(answers, () => json(conversation[1], 201)),
    });
    const user = userEvent.setup();
    renderApp(`/staff/cases/${CASE_ID}`, "en");
    const answer = await screen.findByRole("form", { name: "Answer the writer" });
    await user.type(within(answer).getByLabelText("Answer"), "The window will be replaced on Monday.");
    await user.click(within(answer).getByRole("button", { name: "Save the draft for approval" }));
    const saved = await screen.findByText("The draft is saved. It waits for the director's approval.");
    expect(saved).toBeVisible();
    const conversationSection = screen.getByRole("region", { name: "Conversation" });
    expect(within(conversationSection).getByRole("listitem")).toHaveTextContent("The window will be replaced on Monday.");
  });

  it("refers the case to a body named in the page's language, and records the body's reply", async () => {
    const referrals: unknown[] = [];
    const replies: unknown[] = [];
    const referral: CaseReferral = {
      id: REFERRAL_ID,
      body: bodies.items[0],
      referred_on: "2026-11-26",
      method: "phone",
      referred_by: staffRef(deputy),
      body_reference: "ИДН-118",
      reply_received_on: null,
      reply: null,
    };
    signedInAs(deputy, {
      [`GET /api/v1/cases/${CASE_ID}`]: () =>
        json(caseFile({ ...handling, referrals: referrals.length ? [referral] : [] }, { urgent: true })),
      [`POST /api/v1/cases/${CASE_ID}/referrals`]: keeping(referrals, () => json(referral, 201)),
      [`POST /api/v1/cases/${CASE_ID}/referrals/${REFERRAL_ID}/reply`]: keeping(replies, () =>
        problem(422, "date_in_future"),
      ),
    });
    const user = userEvent.setup();
    renderApp(`/staff/cases/${CASE_ID}`, "ru");
    const section = await screen.findByRole("region", { name: "Передача в компетентные органы" });
    expect(section).toHaveTextContent("Ещё не передано.");
    const form = await openAction(user, "Передать в компетентный орган", section);
    const body = within(form).getByLabelText("Орган");
    await within(body).findByRole("option", { name: "Инспекция по делам несовершеннолетних милиции (ИДН)" });
    await user.click(within(form).getByRole("button", { name: "Записать передачу" }));
    expect(within(form).getByText("Выберите орган, которому передаётся обращение.")).toBeVisible();
    await user.selectOptions(body, bodies.items[0].id);
    await user.selectOptions(within(form).getByLabelText("Как передано"), "in_person");
    await user.type(within(form).getByLabelText("Их регистрационный номер"), "ИДН-118");
    await user.click(within(form).getByRole("button", { name: "Записать передачу" }));
    expect(await within(form).findByText("Передача записана в журнал.")).toBeVisible();
    expect(referrals).toEqual([
      { body_id: bodies.items[0].id, referred_on: today(), method: "in_person", body_reference: "ИДН-118" },
    ]);

    const item = await within(section).findByText("Инспекция по делам несовершеннолетних милиции (ИДН)", {
      selector: ".record-list__title",
    });
    const entry = item.closest("li") as HTMLElement;
    expect(entry).toHaveTextContent("ИДН-118");
    expect(entry).toHaveTextContent("Ответа ещё нет");
    await user.click(within(entry).getByRole("button", { name: "Записать ответ органа" }));
    const reply = within(entry).getByRole("form", { name: "Ответ органа" });
    expect(within(reply).getByLabelText("Их регистрационный номер")).toHaveValue("ИДН-118");
    await user.type(within(reply).getByLabelText("Что ответили"), "Проведена профилактическая беседа.");
    await user.click(within(reply).getByRole("button", { name: "Записать ответ" }));
    expect(await within(reply).findByRole("alert")).toHaveTextContent("Дата не может быть позже сегодняшней.");
    expect(replies).toEqual([
      { received_on: today(), body_reference: "ИДН-118", summary: "Проведена профилактическая беседа." },
    ]);
  });

  it("asks why an urgent appeal that was not referred needs no referral, and shows the server's refusal", async () => {
    const closings: unknown[] = [];
    signedInAs(deputy, {
      [`GET /api/v1/cases/${CASE_ID}`]: () =>
        json(
          caseFile(
            { ...handling, danger: ["violence"], needs_referral: true },
            { urgent: true, flags: ["urgent_without_referral"] },
          ),
        ),
      [`POST /api/v1/cases/${CASE_ID}/closing`]: keeping(closings, () => problem(409, "referral_required")),
    });
    const user = userEvent.setup();
    renderApp(`/staff/cases/${CASE_ID}`, "en");
    const warning = await screen.findByRole("note", { name: "Urgent appeal" });
    expect(warning).toHaveTextContent("Danger signals found: Violence.");
    const form = await openAction(user, "Close the case");
    expect(within(form).getByLabelText("Why no referral was needed")).toBeVisible();
    await user.click(within(form).getByRole("radio", { name: "Unfounded" }));
    await user.click(within(form).getByRole("button", { name: "Close the case" }));
    expect(await within(form).findByRole("alert")).toHaveTextContent(
      "An urgent appeal is closed only after a referral to a competent body, or with the reason why none was needed.",
    );
    expect(closings).toEqual([{ outcome: "unfounded", no_referral_reason: null }]);

    await user.type(within(form).getByLabelText("Why no referral was needed"), "A quarrel between friends, settled.");
    await user.click(within(form).getByRole("button", { name: "Close the case" }));
    await waitFor(() => expect(closings).toHaveLength(2));
    expect(closings[1]).toEqual({ outcome: "unfounded", no_referral_reason: "A quarrel between friends, settled." });
  });

  it("shows a closed case without actions, with its outcome", async () => {
    signedInAs(deputy, {
      [`GET /api/v1/cases/${CASE_ID}`]: () =>
        json(caseFile({ ...handling, outcome: "resolved", closed_on: "2026-12-01" }, { status: "closed", flags: [] })),
    });
    renderApp(`/staff/cases/${CASE_ID}`, "en");
    expect(await screen.findByText("Resolved")).toBeVisible();
    expect(screen.getByText("December 1, 2026")).toBeVisible();
    expect(screen.queryByRole("form")).toBeNull();
  });

  it("says so when the case is not for the signed-in person", async () => {
    signedInAs(deputy, { [`GET /api/v1/cases/${CASE_ID}`]: () => problem(403, "forbidden") });
    renderApp(`/staff/cases/${CASE_ID}`, "ky");
    expect(await screen.findByRole("alert")).toHaveTextContent("Бул аракетке укугуңуз жок.");
  });
});
