import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { resetSession } from "../auth/session";
import { director, json, mockApi, problem, tokens } from "../test/api";
import { renderApp } from "../test/render";

/** A tab that was signed in before a reload: only the refresh token is left. */
function reloadedSession() {
  window.sessionStorage.setItem("ishenim.refresh_token", "refresh-0");
  resetSession();
}

describe("the staff shell", () => {
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
    const { router } = renderApp("/staff", "en");
    expect(await screen.findByRole("heading", { level: 1, name: "Staff sign-in" })).toBeVisible();
    expect(screen.getByRole("status")).toHaveTextContent("Your session has ended. Please sign in again.");
    expect(router.state.location.pathname).toBe("/staff/login");
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
});
