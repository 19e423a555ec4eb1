import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { director, json, mockApi, problem, sentRoutes, tokens } from "../test/api";
import { renderApp } from "../test/render";

function signedInApi(overrides: Parameters<typeof mockApi>[0] = {}) {
  return mockApi({
    "POST /api/v1/auth/login": async (request) => {
      const body = (await request.json()) as { login: string; password: string };
      return body.login === "demo.director" && body.password === "right"
        ? json(tokens(1))
        : problem(401, "invalid_credentials");
    },
    "GET /api/v1/me": (request) =>
      request.headers.get("Authorization") === "Bearer access-1"
        ? json(director)
        : problem(401, "unauthorized"),
    "POST /api/v1/auth/logout": () => new Response(null, { status: 204 }),
    ...overrides,
  });
}

describe("staff sign-in", () => {
  it("is where /staff sends someone who is not signed in", async () => {
    signedInApi();
    const { router } = renderApp("/staff");
    expect(await screen.findByRole("heading", { level: 1, name: "Кызматкерлер үчүн кирүү" })).toBeVisible();
    expect(router.state.location.pathname).toBe("/staff/login");
  });

  it("has labelled login and password fields and a submit button, in Kyrgyz by default", async () => {
    renderApp("/staff/login");
    const login = screen.getByLabelText("Логин");
    const password = screen.getByLabelText("Сырсөз");
    expect(login).toHaveAttribute("autocomplete", "username");
    expect(password).toHaveAttribute("type", "password");
    expect(screen.getByRole("button", { name: "Кирүү" })).toBeEnabled();
    expect(document.documentElement.lang).toBe("ky");
  });

  it("asks for the missing fields without calling the API", async () => {
    const fetchMock = signedInApi();
    const user = userEvent.setup();
    renderApp("/staff/login", "en");
    await user.click(screen.getByRole("button", { name: "Sign in" }));
    expect(screen.getByText("Enter your login.")).toBeVisible();
    expect(screen.getByLabelText("Login")).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByLabelText("Login")).toHaveFocus();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("shows the translated error in an alert when the password is wrong", async () => {
    signedInApi();
    const user = userEvent.setup();
    renderApp("/staff/login", "ru");
    await user.type(screen.getByLabelText("Логин"), "demo.director");
    await user.type(screen.getByLabelText("Пароль"), "wrong");
    await user.click(screen.getByRole("button", { name: "Войти" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Неверный логин или пароль.");
  });

  it("says when the server cannot be reached", async () => {
    mockApi({
      "POST /api/v1/auth/login": () => {
        throw new TypeError("Failed to fetch");
      },
    });
    const user = userEvent.setup();
    renderApp("/staff/login", "en");
    await user.type(screen.getByLabelText("Login"), "demo.director");
    await user.type(screen.getByLabelText("Password"), "right");
    await user.keyboard("{Enter}");
    expect(await screen.findByRole("alert")).toHaveTextContent("Cannot reach the server.");
  });

  it("marks the fields the server found invalid", async () => {
    signedInApi({
      "POST /api/v1/auth/login": () =>
        problem(422, "validation_failed", {
          errors: [{ field: "login", code: "length", message: "login is too long" }],
        }),
    });
    const user = userEvent.setup();
    renderApp("/staff/login", "en");
    await user.type(screen.getByLabelText("Login"), "x".repeat(10));
    await user.type(screen.getByLabelText("Password"), "right");
    await user.click(screen.getByRole("button", { name: "Sign in" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Some fields are not filled in correctly.");
    expect(screen.getByLabelText("Login")).toHaveAccessibleDescription("This value is too short or too long.");
  });

  it("signs in with the keyboard, shows who is signed in, and signs out", async () => {
    const fetchMock = signedInApi();
    const user = userEvent.setup();
    const { router } = renderApp("/staff/login", "en");

    await user.click(screen.getByLabelText("Login"));
    await user.keyboard("demo.director");
    await user.tab();
    expect(screen.getByLabelText("Password")).toHaveFocus();
    await user.keyboard("right{Enter}");

    expect(await screen.findByRole("heading", { level: 1, name: "Staff workspace" })).toBeVisible();
    expect(await screen.findByText("Welcome, Aida Kangeldieva!")).toBeVisible();
    expect(screen.getByText("School No. 31 Yntymak")).toBeVisible();
    expect(screen.getByText("Director")).toBeVisible();
    expect(router.state.location.pathname).toBe("/staff");

    await user.click(screen.getByRole("button", { name: "Sign out" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Staff sign-in" })).toBeVisible();
    expect(screen.getByRole("status")).toHaveTextContent("You have signed out.");
    expect(router.state.location.pathname).toBe("/staff/login");
    expect(window.sessionStorage.getItem("ishenim.refresh_token")).toBeNull();
    await waitFor(() => expect(sentRoutes(fetchMock)).toContain("POST /api/v1/auth/logout"));
  });
});
