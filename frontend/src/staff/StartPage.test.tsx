import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { resetSession } from "../auth/session";
import { director, json, mockApi, problem, sentRoutes, tokens } from "../test/api";
import { renderApp } from "../test/render";

/** A tab that was signed in before a reload: only the refresh token is left. */
/** The box's status as the server sends it; `null` counts for roles that may not know them. */
const boxStatus = (sealed: number | null) => ({
  school: "school-31",
  last_opened_on: "2026-11-02",
  due_by: "2026-12-02",
  overdue: false,
  sealed_appeals: sealed,
  urgent_sealed_appeals: sealed === null ? null : 0,
  opening_in_progress: null,
});

function reloadedSession() {
  window.sessionStorage.setItem("ishenim.refresh_token", "refresh-0");
  resetSession();
}

describe("the staff start page", () => {
  it("shows who is signed in, with the roles translated", async () => {
    reloadedSession();
    mockApi({
      "POST /api/v1/auth/refresh": () => json(tokens(1)),
      "GET /api/v1/me": () =>
        json({ ...director, roles: ["director", "working_group"], position: "Директор школы" }),
    });
    renderApp("/staff", "ru");
    expect(await screen.findByText("Директор, Член рабочей группы")).toBeVisible();
    expect(screen.getByText("Директор школы")).toBeVisible();
    expect(screen.getByText("School No. 31 Yntymak")).toBeVisible();
    expect(screen.getByText("Tüp district")).toBeVisible();
    expect(screen.getByRole("heading", { level: 1, name: "Кабинет сотрудника" })).toBeVisible();
    expect(screen.getByRole("button", { name: "Выйти" })).toBeVisible();
  });

  it("sends someone whose session the server no longer accepts to sign in again", async () => {
    reloadedSession();
    mockApi({ "POST /api/v1/auth/refresh": () => problem(401, "invalid_token") });
    renderApp("/staff", "en");
    expect(await screen.findByRole("heading", { level: 1, name: "Staff sign-in" })).toBeVisible();
    expect(screen.getByRole("status")).toHaveTextContent("Your session has ended. Please sign in again.");
    expect(window.location.pathname).toBe("/staff/login");
  });

  it("offers to try again when the server cannot be reached", async () => {
    reloadedSession();
    let online = false;
    mockApi({
      "POST /api/v1/auth/refresh": () => json(tokens(1)),
      "GET /api/v1/me": () => {
        if (!online) throw new TypeError("Failed to fetch");
        return json(director);
      },
    });
    const user = userEvent.setup();
    renderApp("/staff", "en");
    expect(await screen.findByRole("alert")).toHaveTextContent("Cannot reach the server.");
    online = true;
    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByText("Welcome, Aida Kangeldieva!")).toBeVisible();
  });

  it("shows the urgent alerts, without content, and how many appeals wait in the box", async () => {
    reloadedSession();
    let asked = false;
    mockApi({
      "POST /api/v1/auth/refresh": () => json(tokens(1)),
      "GET /api/v1/me": () => json(director),
      "GET /api/v1/alerts": (request) =>
        new URL(request.url).searchParams.get("school") === "school-31"
          ? json([
              {
                kind: "urgent_appeal",
                appeal_id: "7d1e7c7a-52c1-4e3e-9d0b-3b0c3c8f5b11",
                submitted_on: "2026-11-26",
                channel: "online",
              },
            ])
          : problem(404, "not_found"),
      "GET /api/v1/schools/school-31/box-status": () => {
        asked = true;
        return json(boxStatus(3));
      },
    });
    renderApp("/staff", "en");
    const banner = await screen.findByRole("region", { name: "Urgent appeals" });
    expect(banner).toHaveTextContent(
      "An urgent appeal was dropped on November 26, 2026. Its content stays sealed until the box is opened; " +
        "the working group may hold an extraordinary opening now.",
    );
    expect(within(banner).getByText("November 26, 2026")).toHaveAttribute("datetime", "2026-11-26");
    const box = await screen.findByRole("region", { name: "The trust box" });
    expect(box).toHaveTextContent("3 appeals are waiting in the box.");
    // Today's drops are not counted yet, and the page says so.
    expect(box).toHaveTextContent("As of this morning: today's drops show tomorrow.");
    expect(asked).toBe(true);
  });

  it("shows neither to someone the server does not let see them, and does not ask for the alerts", async () => {
    reloadedSession();
    const fetchMock = mockApi({
      "POST /api/v1/auth/refresh": () => json(tokens(1)),
      "GET /api/v1/me": () => json({ ...director, roles: ["social_pedagogue"] }),
      "GET /api/v1/alerts": () => problem(403, "forbidden"),
      // The server sends no counts to roles other than the director and the working group.
      "GET /api/v1/schools/school-31/box-status": () => json(boxStatus(null)),
    });
    renderApp("/staff", "ru");
    expect(await screen.findByText("Социальный педагог")).toBeVisible();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole("region", { name: "Срочные обращения" })).toBeNull();
    expect(screen.queryByRole("region", { name: "Ящик доверия" })).toBeNull();
    expect(screen.queryByRole("alert")).toBeNull();
    // Only the director and the working group receive alerts: anyone else's page would be refused.
    expect(sentRoutes(fetchMock)).not.toContain("GET /api/v1/alerts");
  });

  it("leads a member of the working group to the opening in progress, instead of counting what waits", async () => {
    reloadedSession();
    mockApi({
      "POST /api/v1/auth/refresh": () => json(tokens(1)),
      "GET /api/v1/me": () => json({ ...director, roles: ["working_group"] }),
      "GET /api/v1/alerts": () => json([]),
      "GET /api/v1/schools/school-31/box-status": () =>
        json({ ...boxStatus(4), opening_in_progress: "02f4d48d-71f8-4342-a008-c6ceb4a6b441" }),
    });
    renderApp("/staff", "en");
    const banner = await screen.findByRole("region", { name: "The box is being opened now" });
    expect(banner).toHaveTextContent("The working group is opening the box. Join them there.");
    expect(within(banner).getByRole("link", { name: "Go to the opening" })).toHaveAttribute(
      "href",
      "/staff/box/02f4d48d-71f8-4342-a008-c6ceb4a6b441",
    );
    expect(screen.queryByText("4 appeals are waiting in the box.")).toBeNull();
  });

  it("counts in the plural forms of each language", async () => {
    reloadedSession();
    mockApi({
      "POST /api/v1/auth/refresh": () => json(tokens(1)),
      "GET /api/v1/me": () => json(director),
      "GET /api/v1/alerts": () => json([]),
      "GET /api/v1/schools/school-31/box-status": () => json(boxStatus(22)),
    });
    renderApp("/staff", "ru");
    expect(await screen.findByText("В ящике ждут 22 обращения.")).toBeVisible();
    expect(screen.queryByRole("region", { name: "Срочные обращения" })).toBeNull();
  });
});

