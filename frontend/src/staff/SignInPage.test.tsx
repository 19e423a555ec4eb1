import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { director, json, mockApi, problem, sentRoutes, tokens } from "../test/api";
import type { LoginRequest } from "../auth/hooks";
import { renderApp, renderLoadedApp } from "../test/render";

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
    renderApp("/staff");
    expect(await screen.findByRole("heading", { level: 1, name: "Кызматкерлер үчүн кирүү" })).toBeVisible();
    expect(window.location.pathname).toBe("/staff/login");
  });

  it("has labelled login and password fields and a submit button, in Kyrgyz by default", async () => {
    await renderLoadedApp("/staff/login");
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
    await renderLoadedApp("/staff/login", "en");
    await user.click(screen.getByRole("button", { name: "Sign in" }));
    expect(screen.getByText("Enter your login.")).toBeVisible();
    expect(screen.getByLabelText("Login")).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByLabelText("Login")).toHaveFocus();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("shows the translated error in an alert when the password is wrong", async () => {
    signedInApi();
    const user = userEvent.setup();
    await renderLoadedApp("/staff/login", "ru");
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
    await renderLoadedApp("/staff/login", "en");
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
    await renderLoadedApp("/staff/login", "en");
    await user.type(screen.getByLabelText("Login"), "x".repeat(10));
    await user.type(screen.getByLabelText("Password"), "right");
    await user.click(screen.getByRole("button", { name: "Sign in" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Some fields are not filled in correctly.");
    expect(screen.getByLabelText("Login")).toHaveAccessibleDescription("This value is too short or too long.");
  });

  it("signs in with the keyboard, shows who is signed in, and signs out", async () => {
    const fetchMock = signedInApi();
    const user = userEvent.setup();
    await renderLoadedApp("/staff/login", "en");

    await user.click(screen.getByLabelText("Login"));
    await user.keyboard("demo.director");
    await user.tab();
    expect(screen.getByLabelText("Password")).toHaveFocus();
    await user.keyboard("right{Enter}");

    expect(await screen.findByRole("heading", { level: 1, name: "Staff workspace" })).toBeVisible();
    expect(await screen.findByText("Welcome, Aida Kangeldieva!")).toBeVisible();
    expect(screen.getByText("School No. 31 Yntymak")).toBeVisible();
    expect(screen.getByText("Director")).toBeVisible();
    expect(window.location.pathname).toBe("/staff");

    await user.click(screen.getByRole("button", { name: "Sign out" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Staff sign-in" })).toBeVisible();
    expect(screen.getByRole("status")).toHaveTextContent("You have signed out.");
    expect(window.location.pathname).toBe("/staff/login");
    expect(window.sessionStorage.getItem("ishenim.refresh_token")).toBeNull();
    await waitFor(() => expect(sentRoutes(fetchMock)).toContain("POST /api/v1/auth/logout"));
  });
});

/** A member with a second factor: the app's code is 123456, the one recovery code abcde-fghjk. */
function twoFactorApi(overrides: Parameters<typeof mockApi>[0] = {}) {
  const sent: LoginRequest[] = [];
  const fetchMock = signedInApi({
    "POST /api/v1/auth/login": async (request) => {
      const body = (await request.json()) as LoginRequest;
      sent.push(body);
      if (body.login !== "demo.director" || body.password !== "right") return problem(401, "invalid_credentials");
      if (!body.one_time_code) return problem(401, "second_factor_required");
      return ["123456", "abcde-fghjk"].includes(body.one_time_code)
        ? json(tokens(1))
        : problem(401, "invalid_second_factor");
    },
    ...overrides,
  });
  return { fetchMock, sent };
}

async function signInWithPassword(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText("Login"), "demo.director");
  await user.type(screen.getByLabelText("Password"), "right");
  await user.click(screen.getByRole("button", { name: "Sign in" }));
  return screen.findByLabelText("Code from the app");
}

describe("staff sign-in with a second factor", () => {
  it("asks for the app's code after the password, says when it is wrong, and signs in with the right one", async () => {
    const { sent } = twoFactorApi();
    const user = userEvent.setup();
    await renderLoadedApp("/staff/login", "en");
    const code = await signInWithPassword(user);

    await waitFor(() => expect(code).toHaveFocus());
    expect(code).toHaveAttribute("inputmode", "numeric");
    expect(code).toHaveAttribute("autocomplete", "one-time-code");
    expect(code).toHaveAccessibleDescription(/Open the authenticator app on your phone/);
    expect(screen.getByText("Signing in as demo.director.")).toBeVisible();
    expect(screen.queryByLabelText("Password")).toBeNull();
    // Being asked for the code is the next step, not an error.
    expect(screen.queryByRole("alert")).toBeNull();

    await user.type(code, "654321");
    await user.click(screen.getByRole("button", { name: "Sign in" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "The code is wrong, too old or already used. Type the code the app shows now, or an unused recovery code.",
    );
    expect(code).toHaveAttribute("aria-invalid", "true");
    expect(code).toHaveFocus();

    // The wrong code is selected: the next one typed replaces it.
    await user.keyboard("123456");
    await user.click(screen.getByRole("button", { name: "Sign in" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Staff workspace" })).toBeVisible();
    expect(window.location.pathname).toBe("/staff");
    expect(sent).toEqual([
      { login: "demo.director", password: "right" },
      { login: "demo.director", password: "right", one_time_code: "654321" },
      { login: "demo.director", password: "right", one_time_code: "123456" },
    ]);
    expect(JSON.stringify({ ...window.sessionStorage, ...window.localStorage })).not.toContain("right");
  });

  it("takes a recovery code in a field for letters, and says when to try again after too many attempts", async () => {
    twoFactorApi({
      "POST /api/v1/auth/login": async (request) => {
        const body = (await request.json()) as LoginRequest;
        return body.one_time_code
          ? problem(429, "login_throttled", {}, { "Retry-After": "60" })
          : problem(401, "second_factor_required");
      },
    });
    const user = userEvent.setup();
    await renderLoadedApp("/staff/login", "ru");
    await user.type(screen.getByLabelText("Логин"), "demo.director");
    await user.type(screen.getByLabelText("Пароль"), "right");
    await user.click(screen.getByRole("button", { name: "Войти" }));
    await screen.findByLabelText("Код из приложения");

    await user.click(screen.getByRole("button", { name: "Нет телефона под рукой? Ввести резервный код" }));
    const recovery = screen.getByLabelText("Резервный код");
    expect(recovery).toHaveFocus();
    expect(recovery).toHaveAttribute("inputmode", "text");
    expect(recovery).toHaveAttribute("autocomplete", "off");
    await user.type(recovery, "ABCDE-FGHJK");
    await user.click(screen.getByRole("button", { name: "Войти" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Слишком много попыток входа. Подождите и попробуйте снова. Повторить можно через 60 с.",
    );
    expect(screen.getByLabelText("Резервный код")).toBeVisible();
  });

  it("asks for a code before sending one, and starts again from the login without the password", async () => {
    const { fetchMock } = twoFactorApi();
    const user = userEvent.setup();
    await renderLoadedApp("/staff/login", "en");
    await signInWithPassword(user);
    const calls = fetchMock.mock.calls.length;

    await user.click(screen.getByRole("button", { name: "Sign in" }));
    expect(screen.getByLabelText("Code from the app")).toHaveAccessibleDescription(/Type the code\.$/);
    expect(fetchMock.mock.calls.length).toBe(calls);

    await user.click(screen.getByRole("button", { name: "Start again with another login" }));
    expect(screen.getByLabelText("Login")).toHaveValue("demo.director");
    expect(screen.getByLabelText("Password")).toHaveValue("");
    expect(screen.queryByLabelText("Code from the app")).toBeNull();
  });

  it("goes back to the password when it no longer works", async () => {
    let passwordChanged = false;
    twoFactorApi({
      "POST /api/v1/auth/login": () =>
        passwordChanged ? problem(401, "invalid_credentials") : problem(401, "second_factor_required"),
    });
    const user = userEvent.setup();
    await renderLoadedApp("/staff/login", "en");
    const code = await signInWithPassword(user);
    passwordChanged = true;
    await user.type(code, "123456");
    await user.click(screen.getByRole("button", { name: "Sign in" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("The login or password is incorrect.");
    expect(screen.getByLabelText("Password")).toHaveValue("");
  });
});
