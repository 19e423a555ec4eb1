import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { json, mockApi, problem, sentRoutes } from "../test/api";
import { receipt, school31 } from "../test/public";
import { renderApp } from "../test/render";

type Sent = { body: Record<string, unknown>; key: string | null };

/** A fake API for school-31 whose POST /appeals answers `answer`, recording what was sent. */
function schoolApi(answer: (sent: Sent, attempt: number) => Response | Promise<Response>, school = school31) {
  const sent: Sent[] = [];
  const fetchMock = mockApi({
    "GET /api/v1/schools/school-31/public": () => json(school),
    "POST /api/v1/appeals": async (request) => {
      const entry = {
        body: (await request.json()) as Record<string, unknown>,
        key: request.headers.get("Idempotency-Key"),
      };
      sent.push(entry);
      return answer(entry, sent.length);
    },
  });
  return { fetchMock, sent };
}

async function openForm(language: "ky" | "ru" | "en" = "en") {
  window.localStorage.setItem("ishenim.language", language);
  const view = renderApp("/s/school-31");
  await screen.findByRole("heading", { level: 1, name: "School No. 31 Yntymak" });
  return view;
}

describe("the public school page", () => {
  it("shows the school and speaks its default language when the visitor has chosen none", async () => {
    schoolApi(() => json(receipt(), 201), { ...school31, default_language: "ru" });
    renderApp("/s/school-31");
    expect(await screen.findByRole("heading", { level: 1, name: "School No. 31 Yntymak" })).toBeVisible();
    expect(await screen.findByRole("heading", { level: 2, name: "Что такое ящик доверия?" })).toBeVisible();
    expect(document.documentElement.lang).toBe("ru");
    // The school's language is not taken for the visitor's choice.
    expect(window.localStorage.getItem("ishenim.language")).toBeNull();
    const checkLink = screen.getByRole("link", { name: "Уже писали? Проверьте своё обращение" });
    expect(checkLink).toHaveAttribute("href", "/check");
  });

  it("keeps the language the visitor chose", async () => {
    schoolApi(() => json(receipt(), 201), { ...school31, default_language: "ru" });
    await openForm("en");
    expect(screen.getByRole("heading", { level: 2, name: "What is the trust box?" })).toBeVisible();
    expect(screen.getByText(/at least once a month;/)).toBeVisible();
  });

  it("names the school and its district in the visitor's language, else in the school's", async () => {
    const named = {
      ...school31,
      names: { ky: "School No. 31 Yntymak", ru: "Школа №31 «Ынтымак»", en: null },
      district_names: { ky: null, ru: "Тюпский район", en: null },
    };
    schoolApi(() => json(receipt(), 201), named);
    window.localStorage.setItem("ishenim.language", "ru");
    const { unmount } = renderApp("/s/school-31");
    expect(await screen.findByRole("heading", { level: 1, name: "Школа №31 «Ынтымак»" })).toBeVisible();
    expect(screen.getByText("Тюпский район")).toBeVisible();
    await waitFor(() => expect(document.title).toContain("Школа №31 «Ынтымак»"));
    unmount();

    window.localStorage.setItem("ishenim.language", "en");
    renderApp("/s/school-31");
    expect(await screen.findByRole("heading", { level: 1, name: "School No. 31 Yntymak" })).toBeVisible();
    expect(screen.getByText("Tüp district")).toBeVisible();
  });

  it("says so when the address leads to no school", async () => {
    mockApi({ "GET /api/v1/schools/nowhere/public": () => problem(404, "school_not_found") });
    renderApp("/s/nowhere", "en");
    expect(await screen.findByRole("heading", { level: 1, name: "School not found" })).toBeVisible();
  });

  it("has a labelled text with a live count, and anonymous or signed as a group with one sentence each", async () => {
    schoolApi(() => json(receipt(), 201));
    const user = userEvent.setup();
    await openForm();
    const text = screen.getByLabelText("Your appeal");
    expect(text).toHaveAccessibleDescription(/0 \/ 10,000 characters/);
    await user.type(text, "Hello");
    expect(screen.getByText("5 / 10,000 characters")).toBeVisible();

    const group = screen.getByRole("group", { name: "Anonymous or with your name?" });
    const anonymous = within(group).getByRole("radio", { name: "Anonymous" });
    expect(anonymous).toBeChecked();
    expect(anonymous).toHaveAccessibleDescription(/Nobody will know who wrote it/);
    expect(within(group).getByRole("radio", { name: "With my name" })).toHaveAccessibleDescription(
      /The director and the official handling your appeal will know your name/,
    );
    // The signed fields appear only for a signed appeal.
    expect(screen.queryByLabelText("Your name")).toBeNull();
  });

  it("drops an anonymous appeal with an Idempotency-Key and shows the receipt", async () => {
    const { sent } = schoolApi(() => json(receipt(), 201));
    const user = userEvent.setup();
    await openForm();
    await user.type(screen.getByLabelText("Your appeal"), "The heating in room 12 does not work.");
    await user.click(screen.getByText("What is it about? (optional)"));
    await user.click(screen.getByRole("checkbox", { name: "Health and medical care (art. 24)" }));
    await user.click(screen.getByRole("checkbox", { name: "A proposal" }));
    await user.click(screen.getByRole("button", { name: "Drop into the box" }));

    const heading = await screen.findByRole("heading", { level: 1, name: "Your appeal is in the box" });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByText("1234-5678-9012-3456")).toBeVisible();
    expect(screen.getByText(/It is the only way back to your appeal/)).toBeVisible();
    expect(screen.getByText("The working group opens the box at least once a month.")).toBeVisible();
    expect(screen.getByText("The school answers within 14 working days after the opening.")).toBeVisible();
    expect(screen.getByRole("link", { name: "Check my appeal" })).toHaveAttribute("href", "/check");
    expect(screen.queryByRole("region", { name: "You are not alone" })).toBeNull();

    expect(sent).toHaveLength(1);
    expect(sent[0]?.body).toEqual({
      school: "school-31",
      text: "The heating in room 12 does not work.",
      anonymous: true,
      submitter: null,
      categories: ["health", "proposal"],
      language: "en",
    });
    expect(sent[0]?.key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("asks for what is missing before sending anything", async () => {
    const { fetchMock } = schoolApi(() => json(receipt(), 201));
    const user = userEvent.setup();
    await openForm();
    await user.click(screen.getByRole("button", { name: "Drop into the box" }));
    expect(screen.getByText("Write your appeal.")).toBeVisible();
    expect(screen.getByLabelText("Your appeal")).toHaveFocus();

    await user.type(screen.getByLabelText("Your appeal"), "Please repair the toilets.");
    await user.click(screen.getByRole("radio", { name: "With my name" }));
    await user.click(screen.getByRole("button", { name: "Drop into the box" }));
    expect(screen.getByText("Write your name.")).toBeVisible();
    expect(screen.getByText("Choose who you are.")).toBeVisible();
    expect(screen.getByText("Give a phone number or an e-mail.")).toBeVisible();
    expect(screen.getByLabelText("Your name")).toHaveFocus();
    expect(sentRoutes(fetchMock)).toEqual(["GET /api/v1/schools/school-31/public"]);
  });

  it("drops a signed appeal with the writer's details", async () => {
    const { sent } = schoolApi(() => json(receipt(), 201));
    const user = userEvent.setup();
    await openForm();
    await user.type(screen.getByLabelText("Your appeal"), "Please repair the toilets.");
    await user.click(screen.getByRole("radio", { name: "With my name" }));
    await user.type(screen.getByLabelText("Your name"), "Aibek Asanov");
    await user.click(screen.getByRole("radio", { name: "A student of this school" }));
    await user.type(screen.getByLabelText("Your class (for example, 7B)"), "7B");
    await user.type(screen.getByLabelText("E-mail"), "aibek@example.kg");
    await user.click(screen.getByRole("button", { name: "Drop into the box" }));

    await screen.findByRole("heading", { level: 1, name: "Your appeal is in the box" });
    expect(sent[0]?.body).toMatchObject({
      anonymous: false,
      submitter: { name: "Aibek Asanov", kind: "student", class_name: "7B", email: "aibek@example.kg", phone: null },
    });
  });

  it("refuses obscene words kindly beside the text, naming them, then takes the rephrased appeal", async () => {
    const { sent } = schoolApi((entry) =>
      String(entry.body.text).includes("мудак")
        ? problem(422, "obscene_language", { words: ["мудак"] })
        : json(receipt(), 201),
    );
    const user = userEvent.setup();
    await openForm();
    const text = screen.getByLabelText("Your appeal");
    await user.type(text, "Учитель физики просто мудак, ничего не объясняет.");
    await user.click(screen.getByRole("button", { name: "Drop into the box" }));

    const refusal = await screen.findByRole("alert");
    expect(refusal).toHaveTextContent("Please write a few words differently");
    expect(refusal).toHaveTextContent("nothing was saved");
    expect(within(refusal).getAllByText("мудак")[0]?.tagName).toBe("MARK");
    expect(text).toHaveFocus();
    expect(text).toHaveAttribute("aria-invalid", "true");
    expect(text).toHaveAccessibleDescription(/Words to change/);

    await user.clear(text);
    await user.type(text, "Учитель физики плохо объясняет.");
    expect(within(refusal).getByText(/changed/)).toBeVisible();
    await user.click(screen.getByRole("button", { name: "Drop into the box" }));
    await screen.findByRole("heading", { level: 1, name: "Your appeal is in the box" });
    // Another text is another submission: a new key.
    expect(sent).toHaveLength(2);
    expect(sent[1]?.key).not.toBe(sent[0]?.key);
  });

  it("sends a retry after a lost connection with the same Idempotency-Key", async () => {
    const { sent } = schoolApi((_, attempt) => {
      if (attempt === 1) throw new TypeError("Failed to fetch");
      return json(receipt(), 201);
    });
    const user = userEvent.setup();
    await openForm();
    await user.type(screen.getByLabelText("Your appeal"), "The heating does not work.");
    await user.click(screen.getByRole("button", { name: "Drop into the box" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Cannot reach the server.");
    await user.click(screen.getByRole("button", { name: "Drop into the box" }));
    await screen.findByRole("heading", { level: 1, name: "Your appeal is in the box" });
    expect(sent).toHaveLength(2);
    expect(sent[1]?.key).toBe(sent[0]?.key);
  });

  it("shows a missing contact from the server beside the contact fields", async () => {
    schoolApi(() => problem(422, "contact_required"));
    const user = userEvent.setup();
    await openForm();
    await user.type(screen.getByLabelText("Your appeal"), "Please repair the toilets.");
    await user.click(screen.getByRole("radio", { name: "With my name" }));
    await user.type(screen.getByLabelText("Your name"), "Aibek");
    await user.click(screen.getByRole("radio", { name: "A parent or guardian" }));
    await user.type(screen.getByLabelText("Phone"), " ");
    await user.type(screen.getByLabelText("E-mail"), "x");
    await user.click(screen.getByRole("button", { name: "Drop into the box" }));
    expect(await screen.findByText("To write with your name, give a phone number or an e-mail.")).toBeVisible();
    expect(screen.getByLabelText("Phone")).toHaveFocus();
  });

  it("marks the fields a validation problem names", async () => {
    schoolApi(() =>
      problem(422, "validation_failed", {
        errors: [{ field: "submitter.email", code: "email", message: "not an e-mail" }],
      }),
    );
    const user = userEvent.setup();
    await openForm();
    await user.type(screen.getByLabelText("Your appeal"), "Please repair the toilets.");
    await user.click(screen.getByRole("radio", { name: "With my name" }));
    await user.type(screen.getByLabelText("Your name"), "Aibek");
    await user.click(screen.getByRole("radio", { name: "Another citizen" }));
    await user.type(screen.getByLabelText("E-mail"), "aibek");
    await user.click(screen.getByRole("button", { name: "Drop into the box" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Some fields are not filled in correctly.");
    expect(screen.getByLabelText("E-mail")).toHaveAccessibleDescription(/This is not a valid e-mail address./);
  });

  it("after an urgent appeal, shows first who has been alerted and the numbers to call", async () => {
    schoolApi(() => json(receipt({ urgent: true }), 201));
    const user = userEvent.setup();
    await openForm();
    await user.type(screen.getByLabelText("Your appeal"), "Меня бьют после уроков.");
    await user.click(screen.getByRole("button", { name: "Drop into the box" }));
    const help = await screen.findByRole("region", { name: "You are not alone" });
    expect(help).toHaveTextContent("The director and the working group have been alerted now.");
    expect(help).toHaveTextContent("If you are in danger right now, call:");
    expect(help).toHaveTextContent("Tell an adult you trust today.");
    // The school's own helplines, each link named in full.
    expect(within(help).getByRole("link", { name: "Children's helpline (free, 24/7) 111" })).toHaveAttribute(
      "href",
      "tel:111",
    );
    expect(within(help).getByRole("link", { name: "District education office +996 312 62 12 12" })).toHaveAttribute(
      "href",
      "tel:+996312621212",
    );
    // First: before the news of the drop and before the receipt.
    const card = screen.getByRole("region", { name: "Your receipt" });
    const dropped = screen.getByText(/It was dropped into the trust box/);
    expect(help.compareDocumentPosition(dropped) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(help.compareDocumentPosition(card) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // Not twice: the slim bar gives way to the fuller block.
    expect(screen.queryByRole("complementary", { name: "Need help right now?" })).toBeNull();
  });

  it("after an ordinary appeal, keeps the slim help bar and no urgent block", async () => {
    schoolApi(() => json(receipt(), 201));
    const user = userEvent.setup();
    await openForm();
    await user.type(screen.getByLabelText("Your appeal"), "The heating does not work.");
    await user.click(screen.getByRole("button", { name: "Drop into the box" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Your appeal is in the box" })).toBeVisible();
    expect(screen.queryByRole("region", { name: "You are not alone" })).toBeNull();
    const bar = screen.getByRole("complementary", { name: "Need help right now?" });
    expect(within(bar).getByRole("link", { name: "Police 102" })).toHaveAttribute("href", "tel:102");
  });

  it("asks whether the writer is in danger, unanswered until they choose; unanswered sends nothing", async () => {
    const { sent } = schoolApi(() => json(receipt(), 201));
    const user = userEvent.setup();
    await openForm();
    const question = screen.getByRole("group", { name: "Are you in danger now, or is someone hurting you?" });
    expect(within(question).getByRole("radio", { name: "Yes" })).not.toBeChecked();
    expect(within(question).getByRole("radio", { name: "No" })).not.toBeChecked();
    expect(question).toHaveAccessibleDescription(/the school's director and working group are alerted at once/);
    await user.type(screen.getByLabelText("Your appeal"), "The heating does not work.");
    await user.click(screen.getByRole("button", { name: "Drop into the box" }));
    await screen.findByRole("heading", { level: 1, name: "Your appeal is in the box" });
    expect(sent).toHaveLength(1);
    expect(sent[0]?.body).not.toHaveProperty("in_danger");
  });

  it("sends in_danger: true when the writer answers yes, and false when no", async () => {
    const { sent } = schoolApi(() => json(receipt({ urgent: true }), 201));
    const user = userEvent.setup();
    await openForm("ky");
    const question = screen.getByRole("group", { name: "Сен азыр коркунучтасыңбы, же бирөө сага зыян келтирип жатабы?" });
    await user.click(within(question).getByRole("radio", { name: "Жок" }));
    await user.click(within(question).getByRole("radio", { name: "Ооба" }));
    await user.type(screen.getByLabelText("Сиздин кайрылууңуз"), "Мектептин жанында мени күтүп турушат.");
    await user.click(screen.getByRole("button", { name: "Кутучага салуу" }));
    expect(await screen.findByRole("region", { name: "Сен жалгыз эмессиң" })).toBeVisible();
    expect(sent[0]?.body).toMatchObject({ in_danger: true });

    sent.length = 0;
    await user.click(screen.getByRole("button", { name: "Мен квитанцияны сактап койдум" }));
    await user.click(screen.getByRole("button", { name: /Дагы бир кайрылуу жазуу/ }));
    await user.type(await screen.findByLabelText("Сиздин кайрылууңуз"), "Ашкананы оңдоо керек.");
    await user.click(within(screen.getByRole("group", { name: /коркунучтасыңбы/ })).getByRole("radio", { name: "Жок" }));
    await user.click(screen.getByRole("button", { name: "Кутучага салуу" }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]?.body).toMatchObject({ in_danger: false });
  });

  it("shows the school's helplines near the top, as tel: links", async () => {
    schoolApi(() => json(receipt(), 201));
    await openForm("ru");
    const bar = screen.getByRole("complementary", { name: "Нужна помощь прямо сейчас?" });
    expect(within(bar).getByRole("link", { name: "Детский телефон доверия (бесплатно, 24/7) 111" })).toHaveAttribute(
      "href",
      "tel:111",
    );
    expect(within(bar).getAllByRole("link")).toHaveLength(3);
    expect(bar).toHaveTextContent("Расскажи сегодня взрослому, которому доверяешь.");
    // Before the form.
    const form = screen.getByRole("form", { name: "Написать обращение" });
    expect(bar.compareDocumentPosition(form) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it("copies the receipt and saves it as a file made in the browser", async () => {
    schoolApi(() => json(receipt(), 201));
    const user = userEvent.setup();
    const writeText = vi.fn(async () => undefined);
    const saved: Blob[] = [];
    Object.defineProperty(window, "isSecureContext", { value: true, configurable: true });
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    Object.assign(URL, {
      createObjectURL: (blob: Blob) => {
        saved.push(blob);
        return "blob:receipt";
      },
      revokeObjectURL: () => undefined,
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
    try {
      await openForm();
      await user.type(screen.getByLabelText("Your appeal"), "The heating does not work.");
      await user.click(screen.getByRole("button", { name: "Drop into the box" }));
      await screen.findByRole("heading", { level: 1, name: "Your appeal is in the box" });

      await user.click(screen.getByRole("button", { name: "Copy" }));
      expect(writeText).toHaveBeenCalledWith("1234-5678-9012-3456");
      expect(await screen.findByRole("status")).toHaveTextContent("The receipt is copied.");

      await user.click(screen.getByRole("button", { name: "Save as a file" }));
      expect(click).toHaveBeenCalledTimes(1);
      expect(saved[0]?.type).toBe("text/plain;charset=utf-8");
      expect(await readBlob(saved[0])).toContain("Receipt: 1234-5678-9012-3456");
      await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("The receipt is saved as a file."));
    } finally {
      Reflect.deleteProperty(navigator, "clipboard");
      Reflect.deleteProperty(window, "isSecureContext");
    }
  });
});

function readBlob(blob: Blob | undefined): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    if (blob) reader.readAsText(blob);
    else reject(new Error("nothing was saved"));
  });
}
