import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { storeTokens } from "../../auth/session";
import { json, mockApi, problem, sentRoutes, tokens, type Handler } from "../../test/api";
import { schoolView, wg1 } from "../../test/box";
import { renderApp } from "../../test/render";

const ACCOUNT_PATH = "/staff/account/two-factor";

/** A working-group member, whose password someone else chose when `required`, and what they sent. */
function signedIn(state: { required: boolean }, routes: Record<string, Handler> = {}) {
  storeTokens(tokens(1));
  const changes: unknown[] = [];
  const fetchMock = mockApi({
    "GET /api/v1/me": () => json({ ...wg1, password_change_required: state.required }),
    "GET /api/v1/schools/school-31": () => json(schoolView),
    "GET /api/v1/alerts": () => json([]),
    "GET /api/v1/appeals": () => json({ items: [], total: 0 }),
    "GET /api/v1/box-openings": () => json([]),
    "POST /api/v1/me/password": async (request) => {
      const change = (await request.json()) as { current_password: string; new_password: string };
      changes.push(change);
      if (change.current_password !== "given-by-admin") {
        return problem(422, "validation_failed", {
          errors: [{ field: "password", code: "wrong_password", message: "the password is wrong" }],
        });
      }
      state.required = false;
      return new Response(null, { status: 204 });
    },
    "POST /api/v1/auth/login": () => json(tokens(2)),
    "POST /api/v1/auth/logout": () => new Response(null, { status: 204 }),
    ...routes,
  });
  return { fetchMock, changes };
}

async function fill(user: ReturnType<typeof userEvent.setup>, current: string, chosen: string, repeated: string) {
  const form = await screen.findByRole("form", { name: "Change your password" });
  const current_ = within(form).getByLabelText("Your current password");
  const chosen_ = within(form).getByLabelText("New password");
  const repeated_ = within(form).getByLabelText("New password again");
  for (const field of [current_, chosen_, repeated_]) await user.clear(field);
  if (current) await user.type(current_, current);
  if (chosen) await user.type(chosen_, chosen);
  if (repeated) await user.type(repeated_, repeated);
  await user.click(within(form).getByRole("button", { name: "Change the password" }));
  return form;
}

describe("changing one's own password", () => {
  it("asks for fields that autofill the current and the new password", async () => {
    signedIn({ required: false });
    renderApp(ACCOUNT_PATH, "en");
    const form = await screen.findByRole("form", { name: "Change your password" });
    expect(within(form).getByLabelText("Your current password")).toHaveAttribute("autocomplete", "current-password");
    expect(within(form).getByLabelText("New password")).toHaveAttribute("autocomplete", "new-password");
    expect(within(form).getByLabelText("New password again")).toHaveAttribute("autocomplete", "new-password");
    expect(within(form).getByLabelText("New password")).toHaveAccessibleDescription(/^At least 10 characters\./);
    // The second factor has its own section on the same page.
    expect(screen.getByRole("region", { name: "Two-factor sign-in" })).toBeVisible();
  });

  it("says when the two new passwords differ, and sends nothing", async () => {
    const { changes } = signedIn({ required: false });
    const user = userEvent.setup();
    renderApp(ACCOUNT_PATH, "en");
    const form = await fill(user, "given-by-admin", "a long new password", "a long new passw0rd");
    const repeated = within(form).getByLabelText("New password again");
    expect(repeated).toHaveAccessibleDescription("The two new passwords differ. Type the same password twice.");
    expect(repeated).toHaveAttribute("aria-invalid", "true");
    expect(repeated).toHaveFocus();
    expect(changes).toEqual([]);
  });

  it("says when the new password is too short, and when the current one is missing", async () => {
    const { changes } = signedIn({ required: false });
    const user = userEvent.setup();
    renderApp(ACCOUNT_PATH, "ru");
    const form = await screen.findByRole("form", { name: "Смена пароля" });
    await user.type(within(form).getByLabelText("Новый пароль"), "короткий");
    await user.type(within(form).getByLabelText("Новый пароль ещё раз"), "короткий");
    await user.click(within(form).getByRole("button", { name: "Сменить пароль" }));
    expect(within(form).getByText("Введите текущий пароль.")).toBeVisible();
    expect(within(form).getByLabelText("Новый пароль")).toHaveAccessibleDescription(
      /Новый пароль должен быть не короче 10 символов\.$/,
    );
    expect(within(form).getByLabelText("Ваш текущий пароль")).toHaveFocus();
    expect(changes).toEqual([]);
  });

  it("shows the server's word that the current password is wrong on its field", async () => {
    const { changes } = signedIn({ required: false });
    const user = userEvent.setup();
    renderApp(ACCOUNT_PATH, "en");
    const form = await fill(user, "a guess", "a long new password", "a long new password");
    const current = within(form).getByLabelText("Your current password");
    await waitFor(() => expect(current).toHaveAccessibleDescription("The password is wrong."));
    await waitFor(() => expect(current).toHaveFocus());
    expect(within(form).getByRole("alert")).toHaveTextContent("Some fields are not filled in correctly.");
    expect(changes).toEqual([{ current_password: "a guess", new_password: "a long new password" }]);
    expect(window.location.pathname).toBe(ACCOUNT_PATH);
  });

  it("signs out and asks to sign in with the new password once it is changed, then opens the start page", async () => {
    const { changes, fetchMock } = signedIn({ required: true });
    const user = userEvent.setup();
    renderApp("/staff", "ky");
    const form = await screen.findByRole("form", { name: "Сырсөздү алмаштыруу" });
    // The page it was sent to takes the focus to its heading: typing starts after that.
    await waitFor(() => expect(screen.getByRole("heading", { level: 1 })).toHaveFocus());
    await user.type(within(form).getByLabelText("Азыркы сырсөзүңүз"), "given-by-admin");
    await user.type(within(form).getByLabelText("Жаңы сырсөз"), "тоо жана көл");
    await user.type(within(form).getByLabelText("Жаңы сырсөздү кайра жазыңыз"), "тоо жана көл");
    await user.click(within(form).getByRole("button", { name: "Сырсөздү алмаштыруу" }));

    const signIn = await screen.findByRole("heading", { level: 1, name: "Кызматкерлер үчүн кирүү" });
    expect(signIn).toBeVisible();
    await waitFor(() => expect(signIn).toHaveFocus());
    expect(screen.getByRole("status")).toHaveTextContent("Сырсөзүңүз алмаштырылды. Жаңы сырсөз менен кириңиз.");
    expect(window.location.pathname).toBe("/staff/login");
    expect(window.sessionStorage.getItem("ishenim.refresh_token")).toBeNull();
    expect(changes).toEqual([{ current_password: "given-by-admin", new_password: "тоо жана көл" }]);
    // The server has ended the session already: nothing to sign out of.
    expect(sentRoutes(fetchMock)).not.toContain("POST /api/v1/auth/logout");

    // Not back to the account page: the start page, with its sections.
    await user.type(screen.getByLabelText("Логин"), "demo.wg1");
    await user.type(screen.getByLabelText("Сырсөз"), "тоо жана көл");
    await user.click(screen.getByRole("button", { name: "Кирүү" }));
    expect(await screen.findByRole("navigation", { name: "Жеке кабинеттин бөлүмдөрү" })).toBeVisible();
    expect(window.location.pathname).toBe("/staff");
  });
});

describe("a member whose password someone else chose", () => {
  it("is sent from every staff page to change it, without the sections", async () => {
    const { fetchMock } = signedIn({ required: true });
    renderApp("/staff/cases", "en");
    expect(await screen.findByRole("heading", { level: 1, name: "Sign-in security" })).toBeVisible();
    expect(window.location.pathname).toBe(ACCOUNT_PATH);
    expect(screen.getByText(/^Someone else chose your password: whoever made your account/)).toBeVisible();
    expect(screen.getByText(/Nobody else should know it/)).toBeVisible();
    expect(screen.getByRole("form", { name: "Change your password" })).toBeVisible();
    expect(screen.queryByRole("region", { name: "Two-factor sign-in" })).toBeNull();
    expect(screen.queryByRole("navigation", { name: "Staff sections" })).toBeNull();
    expect(screen.getByRole("button", { name: "Sign out" })).toBeVisible();
    expect(sentRoutes(fetchMock).filter((route) => !route.includes("/me"))).toEqual([]);
  });

  it("is sent there when any call answers that they must choose their own password first", async () => {
    const state = { required: false };
    signedIn(state, {
      "GET /api/v1/journal/verify": () => {
        // A manager has just given them a new password.
        state.required = true;
        return problem(403, "password_change_required");
      },
      "GET /api/v1/journal": () => problem(403, "password_change_required"),
    });
    renderApp("/staff/journal", "ru");
    expect(await screen.findByRole("heading", { level: 1, name: "Безопасность входа" })).toBeVisible();
    await waitFor(() => expect(window.location.pathname).toBe(ACCOUNT_PATH));
    expect(screen.getByText(/^Ваш пароль выбрал другой человек/)).toBeVisible();
    expect(screen.queryByRole("navigation", { name: "Разделы кабинета" })).toBeNull();
  });
});
