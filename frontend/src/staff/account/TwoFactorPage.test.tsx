import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { storeTokens } from "../../auth/session";
import { director, json, mockApi, problem, sentRoutes, tokens, type Handler } from "../../test/api";
import { schoolView } from "../../test/box";
import { renderApp } from "../../test/render";
import { groupedSecret } from "./TwoFactorPage";

const SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
const CODES = [
  "abcde-fghjk",
  "mnpqr-stuvw",
  "xyz23-45678",
  "9abcd-efghj",
  "kmnpq-rstuv",
  "wxyz2-34567",
  "89abc-defgh",
  "jkmnp-qrstu",
  "vwxyz-23456",
  "789ab-cdefg",
];
const NEW_CODES = CODES.map((code) => code.split("").reverse().join(""));

interface TwoFactor {
  enabled: boolean;
  required: boolean;
  recovery_codes_left: number;
}

function wrongField(field: string, code: string) {
  return problem(422, "validation_failed", { errors: [{ field, code, message: code }] });
}

/** A director whose second factor is `state` (changed by the handlers), and what they sent. */
function signedIn(state: TwoFactor, routes: Record<string, Handler> = {}) {
  storeTokens(tokens(1));
  const bodies: Record<string, unknown[]> = {};
  const recording =
    (route: string, handler: (body: Record<string, string>) => Response): Handler =>
    async (request) => {
      const body = (await request.json()) as Record<string, string>;
      (bodies[route] ??= []).push(body);
      return handler(body);
    };
  const fetchMock = mockApi({
    "GET /api/v1/me": () => json({ ...director, two_factor: { ...state } }),
    "GET /api/v1/schools/school-31": () => json(schoolView),
    "GET /api/v1/alerts": () => json([]),
    "GET /api/v1/appeals": () => json({ items: [], total: 0 }),
    "GET /api/v1/box-openings": () => json([]),
    "POST /api/v1/me/two-factor/enrolment": recording("enrolment", ({ password }) =>
      password === "right"
        ? json({ secret: SECRET, otpauth_uri: `otpauth://totp/Ishenim:demo.director?secret=${SECRET}&issuer=Ishenim` })
        : wrongField("password", "wrong_password"),
    ),
    "POST /api/v1/me/two-factor/confirmation": recording("confirmation", ({ code }) => {
      if (code !== "123456") return wrongField("code", "wrong_code");
      Object.assign(state, { enabled: true, recovery_codes_left: 10 });
      return json({ codes: CODES });
    }),
    "POST /api/v1/me/two-factor/recovery-codes": recording("renewal", ({ code }) => {
      if (code !== "abcde-fghjk") return wrongField("code", "wrong_code");
      state.recovery_codes_left = 10;
      return json({ codes: NEW_CODES });
    }),
    "POST /api/v1/me/two-factor/removal": recording("removal", ({ password, code }) => {
      if (password !== "right") return wrongField("password", "wrong_password");
      if (code !== "654321") return wrongField("code", "wrong_code");
      Object.assign(state, { enabled: false, recovery_codes_left: 0 });
      return new Response(null, { status: 204 });
    }),
    ...routes,
  });
  return { fetchMock, bodies };
}

async function turnOn(user: ReturnType<typeof userEvent.setup>) {
  await user.type(await screen.findByLabelText("Your password"), "right");
  await user.click(screen.getByRole("button", { name: "Continue" }));
  await user.type(await screen.findByLabelText("Code from the app"), "123456");
  await user.click(screen.getByRole("button", { name: "Turn on" }));
  return screen.findByRole("list", { name: "Recovery codes" });
}

describe("the two-factor page", () => {
  it("groups the key in fours, as it is typed into an app", () => {
    expect(groupedSecret("JBSWY3DPEHPK3PXPJB")).toBe("JBSW Y3DP EHPK 3PXP JB");
  });

  it("turns two-factor sign-in on: the password, a QR code and the key, a first code, then the recovery codes once", async () => {
    const state = { enabled: false, required: false, recovery_codes_left: 0 };
    const { bodies } = signedIn(state);
    const user = userEvent.setup();
    const print = vi.spyOn(window, "print").mockImplementation(() => undefined);
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(window, "isSecureContext", { value: true, configurable: true });
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    try {
      renderApp("/staff/account/two-factor", "en");
      expect(await screen.findByRole("heading", { level: 1, name: "Sign-in security" })).toBeVisible();
      expect(await screen.findByText("You sign in with your password alone.")).toBeVisible();
      expect(screen.getByText(/Google Authenticator, Microsoft Authenticator, FreeOTP or Aegis/)).toBeVisible();

      await user.click(screen.getByRole("button", { name: "Continue" }));
      expect(screen.getByText("Type your password.")).toBeVisible();
      expect(screen.getByLabelText("Your password")).toHaveFocus();
      await user.type(screen.getByLabelText("Your password"), "wrong");
      await user.click(screen.getByRole("button", { name: "Continue" }));
      expect(await screen.findByText("The password is wrong.")).toBeVisible();
      expect(screen.getByLabelText("Your password")).toHaveAccessibleDescription("The password is wrong.");

      await user.clear(screen.getByLabelText("Your password"));
      await user.type(screen.getByLabelText("Your password"), "right");
      await user.click(screen.getByRole("button", { name: "Continue" }));
      expect(await screen.findByRole("img", { name: "QR code to scan with the authenticator app" })).toBeVisible();
      expect(screen.getByLabelText(/Cannot scan it\?/)).toHaveTextContent("JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP");
      const code = screen.getByLabelText("Code from the app");
      await waitFor(() => expect(code).toHaveFocus());
      expect(code).toHaveAttribute("inputmode", "numeric");
      expect(code).toHaveAttribute("autocomplete", "one-time-code");

      await user.type(code, "111111");
      await user.click(screen.getByRole("button", { name: "Turn on" }));
      expect(await screen.findByText("The code is wrong, too old or already used.")).toBeVisible();
      await user.clear(code);
      await user.type(code, " 123456 ");
      await user.click(screen.getByRole("button", { name: "Turn on" }));

      const list = await screen.findByRole("list", { name: "Recovery codes" });
      expect(within(list).getAllByRole("listitem").map((item) => item.textContent)).toEqual(CODES);
      expect(screen.getByText("Account: demo.director")).toBeVisible();
      expect(screen.queryByRole("img", { name: /QR code/ })).toBeNull();
      expect(bodies).toEqual({
        enrolment: [{ password: "wrong" }, { password: "right" }],
        confirmation: [{ code: "111111" }, { code: "123456" }],
      });

      await user.click(screen.getByRole("button", { name: "Print" }));
      expect(print).toHaveBeenCalledTimes(1);
      await user.click(screen.getByRole("button", { name: "Copy" }));
      expect(writeText).toHaveBeenCalledWith(CODES.join("\n"));
      expect(await screen.findByText("The codes are copied.")).toBeVisible();

      await user.click(screen.getByRole("button", { name: "Done" }));
      expect(screen.getByText("Tick the box once you have printed or written down the codes.")).toBeVisible();
      expect(screen.getByRole("list", { name: "Recovery codes" })).toBeVisible();
      await user.click(screen.getByLabelText("I have printed or written down these codes"));
      await user.click(screen.getByRole("button", { name: "Done" }));

      expect(screen.queryByRole("list", { name: "Recovery codes" })).toBeNull();
      expect(screen.getByText(/Two-factor sign-in is on\. From now on/)).toBeVisible();
      expect(await screen.findByText("10 recovery codes are left.")).toBeVisible();
      expect(screen.getByText("You sign in with your password and a code from the app.")).toBeVisible();
    } finally {
      Reflect.deleteProperty(navigator, "clipboard");
      Reflect.deleteProperty(window, "isSecureContext");
    }
  });

  it("asks before leaving the recovery codes unkept", async () => {
    signedIn({ enabled: false, required: false, recovery_codes_left: 0 });
    const user = userEvent.setup();
    renderApp("/staff/account/two-factor", "en");
    await turnOn(user);

    await user.click(screen.getByRole("link", { name: "Workspace" }));
    const dialog = screen.getByRole("dialog", { name: "Leave without keeping the recovery codes?" });
    expect(dialog).toHaveTextContent("They will not be shown again.");
    await user.click(within(dialog).getByRole("button", { name: "Stay on this page" }));
    expect(window.location.pathname).toBe("/staff/account/two-factor");
    expect(screen.getByRole("list", { name: "Recovery codes" })).toBeVisible();

    await user.click(screen.getByRole("link", { name: "Workspace" }));
    await user.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Leave" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Staff workspace" })).toBeVisible();
    expect(window.location.pathname).toBe("/staff");
  });

  it("asks before the frame's own link leads from the recovery codes to the public start page", async () => {
    signedIn({ enabled: false, required: false, recovery_codes_left: 0 });
    const user = userEvent.setup();
    renderApp("/staff/account/two-factor", "en");
    await turnOn(user);

    await user.click(screen.getByRole("link", { name: /^Ishenim/ }));
    const dialog = screen.getByRole("dialog", { name: "Leave without keeping the recovery codes?" });
    await user.click(within(dialog).getByRole("button", { name: "Stay on this page" }));
    expect(window.location.pathname).toBe("/staff/account/two-factor");
    expect(screen.getByRole("list", { name: "Recovery codes" })).toBeVisible();

    await user.click(screen.getByRole("link", { name: /^Ishenim/ }));
    await user.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Leave" }));
    expect(await screen.findByRole("heading", { level: 1, name: /Ishenim/ })).toBeVisible();
    expect(window.location.pathname).toBe("/");
  });

  it("makes new recovery codes with a recovery code, and turns two-factor sign-in off with the password and a code", async () => {
    const state = { enabled: true, required: false, recovery_codes_left: 2 };
    const { bodies } = signedIn(state);
    const user = userEvent.setup();
    renderApp("/staff/account/two-factor", "ru");
    expect(await screen.findByText("Осталось 2 резервных кода.")).toBeVisible();
    expect(screen.getByText("Резервных кодов осталось мало: создайте новый набор ниже.")).toBeVisible();

    const renewal = screen.getByRole("form", { name: "Новые резервные коды" });
    await user.click(within(renewal).getByRole("button", { name: "Нет телефона под рукой? Ввести резервный код" }));
    const recovery = within(renewal).getByLabelText("Резервный код");
    expect(recovery).toHaveFocus();
    expect(recovery).toHaveAttribute("inputmode", "text");
    await user.type(recovery, "abcde-fghjk");
    await user.click(within(renewal).getByRole("button", { name: "Создать новые резервные коды" }));
    const list = await screen.findByRole("list", { name: "Резервные коды" });
    expect(within(list).getAllByRole("listitem").map((item) => item.textContent)).toEqual(NEW_CODES);
    await user.click(screen.getByLabelText("Я распечатал(а) или записал(а) эти коды"));
    await user.click(screen.getByRole("button", { name: "Готово" }));
    expect(screen.getByText("Новые резервные коды созданы; старые больше не действуют.")).toBeVisible();
    expect(await screen.findByText("Осталось 10 резервных кодов.")).toBeVisible();

    const removal = screen.getByRole("form", { name: "Выключить двухфакторный вход" });
    await user.click(within(removal).getByRole("button", { name: "Выключить" }));
    expect(within(removal).getByText("Введите пароль.")).toBeVisible();
    expect(within(removal).getByText("Введите код.")).toBeVisible();
    await user.type(within(removal).getByLabelText("Ваш пароль"), "wrong");
    await user.type(within(removal).getByLabelText("Код из приложения"), "654321");
    await user.click(within(removal).getByRole("button", { name: "Выключить" }));
    expect(await within(removal).findByText("Неверный пароль.")).toBeVisible();
    await user.clear(within(removal).getByLabelText("Ваш пароль"));
    await user.type(within(removal).getByLabelText("Ваш пароль"), "right");
    await user.click(within(removal).getByRole("button", { name: "Выключить" }));

    expect(await screen.findByText("Двухфакторный вход выключен.")).toBeVisible();
    expect(await screen.findByRole("button", { name: "Продолжить" })).toBeVisible();
    expect(bodies.renewal).toEqual([{ code: "abcde-fghjk" }]);
    expect(bodies.removal).toEqual([
      { password: "wrong", code: "654321" },
      { password: "right", code: "654321" },
    ]);
  });

  it("explains instead of offering to turn it off while the district requires it", async () => {
    signedIn({ enabled: true, required: true, recovery_codes_left: 8 });
    renderApp("/staff/account/two-factor", "ky");
    expect(await screen.findByText("8 резервдик код калды.")).toBeVisible();
    expect(screen.getByText("Райондук бөлүм сиздин ролуңуз үчүн аны талап кылат.")).toBeVisible();
    expect(screen.getByText(/ошондуктан аны өчүрүүгө болбойт/)).toBeVisible();
    expect(screen.queryByRole("button", { name: "Өчүрүү" })).toBeNull();
  });

  it("is linked from the staff bar and from the account on the start page", async () => {
    signedIn({ enabled: false, required: false, recovery_codes_left: 0 });
    const user = userEvent.setup();
    renderApp("/staff", "en");
    const account = await screen.findByRole("region", { name: "Your account" });
    expect(within(account).getByText(/^Off/)).toBeVisible();
    expect(within(account).getByRole("link", { name: "Set up" })).toHaveAttribute("href", "/staff/account/two-factor");
    await user.click(screen.getByRole("link", { name: "Sign-in security" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Sign-in security" })).toBeVisible();
    expect(window.location.pathname).toBe("/staff/account/two-factor");
  });

  it("sends a member whose district requires it, and who has not turned it on, here from every staff page", async () => {
    const { fetchMock } = signedIn({ enabled: false, required: true, recovery_codes_left: 0 });
    renderApp("/staff/cases", "en");
    expect(await screen.findByRole("heading", { level: 1, name: "Sign-in security" })).toBeVisible();
    expect(window.location.pathname).toBe("/staff/account/two-factor");
    expect(screen.getByText(/requires two-factor sign-in of directors and district staff/)).toBeVisible();
    expect(screen.queryByRole("navigation", { name: "Staff sections" })).toBeNull();
    expect(screen.getByRole("button", { name: "Sign out" })).toBeVisible();
    expect(sentRoutes(fetchMock).filter((route) => !route.includes("/me"))).toEqual([]);
  });

  it("goes there when any call answers that the second factor must be turned on first", async () => {
    const state = { enabled: false, required: false, recovery_codes_left: 0 };
    signedIn(state, {
      "GET /api/v1/journal/verify": () => {
        // The district administrator has just required it.
        state.required = true;
        return problem(403, "two_factor_enrolment_required");
      },
      "GET /api/v1/journal": () => problem(403, "two_factor_enrolment_required"),
    });
    renderApp("/staff/journal", "en");
    expect(await screen.findByRole("heading", { level: 1, name: "Sign-in security" })).toBeVisible();
    await waitFor(() => expect(window.location.pathname).toBe("/staff/account/two-factor"));
    expect(screen.getByText(/Turn it on now: until you do, the other pages stay closed/)).toBeVisible();
  });
});
