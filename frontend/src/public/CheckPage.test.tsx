import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { json, mockApi, problem, sentRoutes } from "../test/api";
import { tracked } from "../test/public";
import { renderApp } from "../test/render";

async function check(receipt: string) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText("Receipt"), receipt);
  await user.click(screen.getByRole("button", { name: "Check" }));
  return user;
}

describe("checking an appeal", () => {
  it("asks for the 16 digits before asking the server", async () => {
    const fetchMock = mockApi({});
    renderApp("/check", "en");
    expect(screen.getByRole("heading", { level: 1, name: "Check my appeal" })).toBeVisible();
    expect(screen.getByText(/never your own words/)).toBeVisible();
    await check("1234-5678");
    expect(screen.getByLabelText("Receipt")).toHaveAccessibleDescription(/A receipt has 16 digits/);
    expect(screen.getByLabelText("Receipt")).toHaveFocus();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("shows a sealed appeal in plain words, with the receipt normalised", async () => {
    let asked: unknown = null;
    mockApi({
      "POST /api/v1/appeals/track": async (request) => {
        asked = await request.json();
        return json(tracked());
      },
    });
    renderApp("/check", "ru");
    const user = userEvent.setup();
    await user.type(screen.getByLabelText("Квитанция"), "1234 5678 9012 3456");
    await user.click(screen.getByRole("button", { name: "Проверить" }));
    const result = await screen.findByRole("region", { name: "Ваше обращение" });
    await waitFor(() => expect(within(result).getByRole("heading", { level: 2 })).toHaveFocus());
    expect(result).toHaveTextContent("В ящике");
    expect(result).toHaveTextContent("Его ещё никто не читал");
    expect(result).toHaveTextContent("Анонимное");
    expect(result).toHaveTextContent("Ответа пока нет.");
    expect(within(result).getByText("26 ноября 2026 г.")).toHaveAttribute("datetime", "2026-11-26");
    expect(asked).toEqual({ receipt: "1234-5678-9012-3456" });
  });

  it("shows the journal number, the answers and only the dates of the writer's own messages", async () => {
    mockApi({
      "POST /api/v1/appeals/track": () =>
        json(
          tracked({
            status: "answered",
            registration_number: "2026/14",
            messages: [
              { kind: "writer_message", written_on: "2026-11-27", text: null },
              { kind: "answer", written_on: "2026-12-03", text: "The heating was repaired on Monday." },
            ],
            can_reply: true,
            replies_go_to: "case",
          }),
        ),
    });
    renderApp("/check", "en");
    await check("1234567890123456");
    const result = await screen.findByRole("region", { name: "Your appeal" });
    expect(result).toHaveTextContent("the person handling it reads your message now");
    expect(result).toHaveTextContent("Answered");
    expect(result).toHaveTextContent("2026/14");
    expect(result).toHaveTextContent("You wrote a message on November 27, 2026.");
    expect(result).toHaveTextContent("Your own words are not shown here.");
    expect(result).toHaveTextContent("Answer from the school, December 3, 2026");
    expect(result).toHaveTextContent("The heating was repaired on Monday.");
  });

  it("sends a reply and reads the appeal again", async () => {
    let replies = 0;
    const fetchMock = mockApi({
      "POST /api/v1/appeals/track": () =>
        json(
          tracked({
            messages: replies > 0 ? [{ kind: "writer_message", written_on: "2026-11-27", text: null }] : [],
          }),
        ),
      "POST /api/v1/appeals/track/messages": async (request) => {
        const body = (await request.json()) as { receipt: string; text: string };
        if (body.text.includes("мудак")) return problem(422, "obscene_language", { words: ["мудак"] });
        replies += 1;
        return json({ written_on: "2026-11-27", status: "sealed" }, 201);
      },
    });
    renderApp("/check", "en");
    const user = await check("1234-5678-9012-3456");
    const found = await screen.findByRole("region", { name: "Your appeal" });
    // The result takes the focus once shown: typing starts after that, as a person's would.
    await waitFor(() => expect(within(found).getByRole("heading", { level: 2 })).toHaveFocus());
    const reply = screen.getByLabelText("Your message");
    await user.type(reply, "Он мудак.");
    await user.click(screen.getByRole("button", { name: "Send the message" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("мудак");

    await user.clear(reply);
    await user.type(reply, "It happened again today.");
    await user.click(screen.getByRole("button", { name: "Send the message" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Your message was delivered on November 27, 2026.");
    const result = screen.getByRole("region", { name: "Your appeal" });
    await waitFor(() => expect(result).toHaveTextContent("You wrote a message on November 27, 2026."));
    expect(sentRoutes(fetchMock).filter((route) => route === "POST /api/v1/appeals/track")).toHaveLength(2);
    expect(screen.getByLabelText("Your message")).toHaveValue("");
  });

  it("offers no reply on a closed appeal", async () => {
    mockApi({ "POST /api/v1/appeals/track": () => json(tracked({ status: "closed", can_reply: false })) });
    renderApp("/check", "en");
    await check("1234-5678-9012-3456");
    const result = await screen.findByRole("region", { name: "Your appeal" });
    expect(result).toHaveTextContent("Closed");
    expect(result).toHaveTextContent("you cannot reply to it any more");
    expect(screen.queryByLabelText("Your message")).toBeNull();
  });

  it("says when no appeal has the receipt", async () => {
    mockApi({ "POST /api/v1/appeals/track": () => problem(404, "receipt_not_found") });
    renderApp("/check", "ky");
    const user = userEvent.setup();
    await user.type(screen.getByLabelText("Квитанция"), "1234-5678-9012-3456");
    await user.click(screen.getByRole("button", { name: "Текшерүү" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Мындай квитанциясы бар кайрылуу жок.");
  });

  it("puts the helplines first when the appeal is urgent", async () => {
    mockApi({ "POST /api/v1/appeals/track": () => json(tracked({ urgent: true })) });
    renderApp("/check", "en");
    await check("1234567890123456");
    const result = await screen.findByRole("region", { name: "Your appeal" });
    const help = within(result).getByRole("region", { name: "You are not alone" });
    expect(help).toHaveTextContent("the director and the working group were alerted as soon as you dropped it");
    expect(within(help).getByRole("link", { name: "Children's helpline 111 (free, 24/7)" })).toHaveAttribute(
      "href",
      "tel:111",
    );
    expect(help).toHaveTextContent("Tell an adult you trust today.");
    // Before the status and everything else of the result.
    const status = within(result).getByText("Status");
    expect(help.compareDocumentPosition(status) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it("shows no urgent block for an ordinary appeal", async () => {
    mockApi({ "POST /api/v1/appeals/track": () => json(tracked()) });
    renderApp("/check", "en");
    await check("1234567890123456");
    const result = await screen.findByRole("region", { name: "Your appeal" });
    expect(within(result).queryByRole("region", { name: "You are not alone" })).toBeNull();
  });
});
