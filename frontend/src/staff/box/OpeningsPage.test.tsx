import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { storeTokens } from "../../auth/session";
import { director, json, mockApi, problem, tokens, type Handler } from "../../test/api";
import { opening, OPENING_ID, schoolView, wg1 } from "../../test/box";
import { renderApp } from "../../test/render";

const status = (overrides: Record<string, unknown> = {}) => ({
  school: "school-31",
  last_opened_on: "2026-10-20",
  due_by: "2026-11-20",
  overdue: false,
  sealed_appeals: 3,
  urgent_sealed_appeals: 0,
  opening_in_progress: null,
  ...overrides,
});

function signedInAs(me: unknown, routes: Record<string, Handler>) {
  storeTokens(tokens(1));
  return mockApi({
    "GET /api/v1/me": () => json(me),
    "GET /api/v1/schools/school-31": () => json(schoolView),
    "GET /api/v1/box-openings": () => json([]),
    ...routes,
  });
}

describe("the box page", () => {
  it("shows what waits in the box and when it is due, and starts an opening", async () => {
    let started: unknown = null;
    signedInAs(wg1, {
      "GET /api/v1/schools/school-31/box-status": () => json(status()),
      "POST /api/v1/box-openings": async (request) => {
        started = await request.json();
        return json(opening(), 201);
      },
      [`GET /api/v1/box-openings/${OPENING_ID}`]: () => json(opening()),
    });
    const user = userEvent.setup();
    renderApp("/staff/box", "en");
    const box = await screen.findByRole("region", { name: "What is in the box" });
    expect(within(box).getByText("3 appeals are waiting in the box, sealed.")).toBeVisible();
    expect(box).toHaveTextContent("Last opened on October 20, 2026.");
    expect(box).toHaveTextContent("Open it again by November 20, 2026");
    expect(screen.queryByRole("button", { name: "Start an extraordinary opening" })).toBeNull();
    expect(screen.getByRole("region", { name: "How an opening goes" })).toBeVisible();
    expect(screen.getByText("No openings yet.")).toBeVisible();

    await user.click(screen.getByRole("button", { name: "Start an opening" }));
    await waitFor(() => expect(window.location.pathname).toBe(`/staff/box/${OPENING_ID}`));
    expect(started).toEqual({ school: "school-31", extraordinary: false });
  });

  it("warns when the opening is overdue and offers an extraordinary opening for urgent appeals", async () => {
    let started: unknown = null;
    signedInAs(wg1, {
      "GET /api/v1/schools/school-31/box-status": () =>
        json(status({ overdue: true, urgent_sealed_appeals: 1, last_opened_on: null })),
      "POST /api/v1/box-openings": async (request) => {
        started = await request.json();
        return problem(409, "opening_in_progress");
      },
    });
    const user = userEvent.setup();
    renderApp("/staff/box", "ru");
    const box = await screen.findByRole("region", { name: "Что в ящике" });
    expect(box).toHaveTextContent("Вскрытие просрочено: ящик нужно было вскрыть не позднее 20 ноября 2026 г.");
    expect(within(box).getByText("Из них 1 срочное: группа может вскрыть ящик прямо сейчас.")).toBeVisible();
    expect(within(box).getByText("В Ишеним ящик ещё не вскрывали.")).toBeVisible();
    await user.click(screen.getByRole("button", { name: "Начать внеочередное вскрытие" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Вскрытие этого ящика уже идёт.");
    expect(started).toEqual({ school: "school-31", extraordinary: true });
  });

  it("says the counts leave out today's drops, and offers an extraordinary opening on today's urgent alert", async () => {
    signedInAs(wg1, {
      "GET /api/v1/schools/school-31/box-status": () => json(status({ sealed_appeals: 0, urgent_sealed_appeals: 0 })),
      "GET /api/v1/alerts": () =>
        json([{ kind: "urgent_appeal", appeal_id: OPENING_ID, submitted_on: "2026-11-26", channel: "online" }]),
    });
    renderApp("/staff/box", "en");
    const box = await screen.findByRole("region", { name: "What is in the box" });
    expect(box).toHaveTextContent("No appeals are waiting in the box.");
    expect(box).toHaveTextContent("Counted as of this morning: appeals dropped today show tomorrow.");
    expect(await screen.findByRole("button", { name: "Start an extraordinary opening" })).toBeVisible();
  });

  it("shows no counts to those the server sends none, only when the box is due", async () => {
    signedInAs(director, {
      "GET /api/v1/schools/school-31/box-status": () =>
        json(status({ sealed_appeals: null, urgent_sealed_appeals: null })),
    });
    renderApp("/staff/box", "en");
    const box = await screen.findByRole("region", { name: "What is in the box" });
    expect(box).toHaveTextContent("Open it again by November 20, 2026");
    expect(box).not.toHaveTextContent("waiting in the box");
    expect(box).not.toHaveTextContent("as of this morning");
  });

  it("leads to the opening in progress, and lists the past acts", async () => {
    signedInAs(director, {
      "GET /api/v1/schools/school-31/box-status": () => json(status({ opening_in_progress: OPENING_ID })),
      "GET /api/v1/box-openings": () =>
        json([
          opening(),
          opening({
            id: "11111111-1111-4111-8111-111111111111",
            status: "signed",
            act_number: "2026/07",
            signed_at: "2026-10-20T10:10:00Z",
          }),
        ]),
    });
    renderApp("/staff/box", "en");
    expect(await screen.findByRole("link", { name: "Go to the opening" })).toHaveAttribute(
      "href",
      `/staff/box/${OPENING_ID}`,
    );
    const past = screen.getByRole("region", { name: "Past openings" });
    expect(await within(past).findByRole("link", { name: "Act No. 2026/07" })).toHaveAttribute(
      "href",
      "/staff/box/11111111-1111-4111-8111-111111111111/act",
    );
    expect(past).toHaveTextContent("waiting for the director");
    expect(within(past).getAllByRole("listitem")).toHaveLength(1);
  });

  it("does not offer to start an opening to someone outside the working group", async () => {
    signedInAs(director, { "GET /api/v1/schools/school-31/box-status": () => json(status()) });
    renderApp("/staff/box", "en");
    expect(await screen.findByText("Only members of the working group start and hold an opening.")).toBeVisible();
    expect(screen.queryByRole("button", { name: "Start an opening" })).toBeNull();
  });
});
