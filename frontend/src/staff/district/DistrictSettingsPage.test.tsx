import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { storeTokens } from "../../auth/session";
import { json, mockApi, tokens } from "../../test/api";
import { renderApp } from "../../test/render";
import { districtOfficer } from "../../test/reports";

const districtAdmin = { ...districtOfficer, roles: ["district_officer", "district_admin"] };

function signedInAs(me: typeof districtAdmin, enabled: boolean) {
  const settings = { two_factor_required: false };
  const sent: unknown[] = [];
  storeTokens(tokens(1));
  mockApi({
    "GET /api/v1/me": () =>
      json({
        ...me,
        two_factor: {
          enabled,
          required: settings.two_factor_required && me.roles.includes("district_admin"),
          recovery_codes_left: enabled ? 10 : 0,
        },
      }),
    "GET /api/v1/districts/tup/settings": () => json(settings),
    "PUT /api/v1/districts/tup/settings": async (request) => {
      const body = (await request.json()) as typeof settings;
      sent.push(body);
      Object.assign(settings, body);
      return json(settings);
    },
  });
  return { sent };
}

describe("the district's settings", () => {
  it("warns before requiring a second factor, and sends an administrator without one to turn it on", async () => {
    const { sent } = signedInAs(districtAdmin, false);
    const user = userEvent.setup();
    const { router } = renderApp("/staff/district/settings", "en");
    const required = await screen.findByLabelText(
      "Require two-factor sign-in of directors and of the district office's officers and administrators",
    );
    expect(required).not.toBeChecked();
    expect(screen.queryByText("Before you save")).toBeNull();

    await user.click(required);
    const save = screen.getByRole("button", { name: "Save the settings" });
    expect(save).toHaveAccessibleDescription(/can do nothing else until they turn it on/);
    expect(save).toHaveAccessibleDescription(/This includes you: you have not turned it on yet/);
    await user.click(save);

    expect(await screen.findByRole("heading", { level: 1, name: "Two-factor sign-in" })).toBeVisible();
    expect(router.state.location.pathname).toBe("/staff/account/two-factor");
    expect(sent).toEqual([{ two_factor_required: true }]);
  });

  it("does not warn the administrator about themselves when they have a second factor already", async () => {
    signedInAs(districtAdmin, true);
    const user = userEvent.setup();
    renderApp("/staff/district/settings", "ru");
    await user.click(
      await screen.findByLabelText(
        "Требовать двухфакторный вход от директоров, сотрудников и администраторов районного отдела образования",
      ),
    );
    expect(screen.getByText("Прежде чем сохранить")).toBeVisible();
    expect(screen.queryByText(/Это касается и вас/)).toBeNull();
    await user.click(screen.getByRole("button", { name: "Сохранить настройки" }));
    expect(await screen.findByText("Настройки сохранены.")).toBeVisible();
    // Saved: it is no longer a change to warn about.
    expect(screen.queryByText("Прежде чем сохранить")).toBeNull();
  });

  it("is linked from the district dashboard for its administrator", async () => {
    signedInAs(districtAdmin, false);
    renderApp("/staff/district", "en");
    expect(await screen.findByRole("link", { name: "District settings" })).toHaveAttribute(
      "href",
      "/staff/district/settings",
    );
  });

  it("tells a district officer that only the administrator changes them", async () => {
    signedInAs({ ...districtOfficer, roles: ["district_officer"] }, false);
    renderApp("/staff/district/settings", "en");
    expect(await screen.findByText("Only the district administrator changes the district's settings.")).toBeVisible();
    expect(screen.queryByRole("checkbox")).toBeNull();
  });
});
