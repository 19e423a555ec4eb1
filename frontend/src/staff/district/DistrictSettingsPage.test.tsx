import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { storeTokens } from "../../auth/session";
import { json, mockApi, problem, tokens } from "../../test/api";
import { renderApp } from "../../test/render";
import { districtOfficer } from "../../test/reports";
import { fill } from "../../test/fill";

const districtAdmin = { ...districtOfficer, roles: ["district_officer", "district_admin"] };

const NATIONAL = [
  { number: "111", label_ky: "Балдардын ишеним телефону (акысыз, 24/7)", label_ru: "Детский телефон доверия (бесплатно, 24/7)", label_en: "Children's helpline (free, 24/7)" },
  { number: "102", label_ky: "Милиция", label_ru: "Милиция", label_en: "Police" },
  { number: "112", label_ky: "Тез жардам кызматы", label_ru: "Экстренные службы", label_en: "Emergencies" },
];

function signedInAs(me: typeof districtAdmin, enabled: boolean) {
  const settings = {
    name: "Tüp district education office",
    names: { ky: null, ru: null, en: null } as Record<string, string | null>,
    two_factor_required: false,
    group_two_factor_required: false,
    helplines: NATIONAL,
  };
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
  it("names the district in each language beside its default name", async () => {
    const { sent } = signedInAs(districtAdmin, true);
    const user = userEvent.setup();
    renderApp("/staff/district/settings", "ru");
    const form = await screen.findByRole("form", { name: "Название района" });
    const name = within(form).getByLabelText("Название");
    expect(name).toHaveValue("Tüp district education office");
    const names = within(form).getByRole("group", { name: "Название на каждом языке" });
    expect(within(names).getAllByRole("textbox").map((field) => (field as HTMLInputElement).labels?.[0]?.textContent)).toEqual([
      "Кыргызский",
      "Русский",
      "Английский",
    ]);

    await user.clear(name);
    await user.click(within(form).getByRole("button", { name: "Сохранить название" }));
    expect(name).toHaveAccessibleDescription(/Это поле обязательно\./);
    expect(sent).toEqual([]);

    await fill(user, name, "Tüp district");
    await fill(user, within(names).getByLabelText("Кыргызский"), "Түп району");
    await fill(user, within(names).getByLabelText("Русский"), "Тюпский район");
    await user.click(within(form).getByRole("button", { name: "Сохранить название" }));
    expect(await within(form).findByText("Название сохранено.")).toBeVisible();
    expect(sent).toEqual([
      {
        two_factor_required: false,
        name: "Tüp district",
        names: { ky: "Түп району", ru: "Тюпский район", en: null },
      },
    ]);
  });

  it("warns before requiring a second factor, and sends an administrator without one to turn it on", async () => {
    const { sent } = signedInAs(districtAdmin, false);
    const user = userEvent.setup();
    renderApp("/staff/district/settings", "en");
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

    expect(await screen.findByRole("heading", { level: 1, name: "Sign-in security" })).toBeVisible();
    expect(window.location.pathname).toBe("/staff/account/two-factor");
    expect(sent).toEqual([{ two_factor_required: true, group_two_factor_required: false }]);
  });

  it("requires a second factor of the working groups' members apart, with its own warning", async () => {
    const { sent } = signedInAs(districtAdmin, true);
    const user = userEvent.setup();
    renderApp("/staff/district/settings", "en");
    const group = await screen.findByLabelText("Require two-factor sign-in of the schools' working-group members too");
    expect(group).not.toBeChecked();
    await user.click(group);
    const save = screen.getByRole("button", { name: "Save the settings" });
    expect(save).toHaveAccessibleDescription(/every working-group member of the district's schools/);
    await user.click(save);
    expect(await screen.findByText("The settings are saved.")).toBeVisible();
    expect(sent).toEqual([{ two_factor_required: false, group_two_factor_required: true }]);
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

  it("edits the helplines: adds, removes and saves them with the two-factor rule as it is", async () => {
    const { sent } = signedInAs(districtAdmin, true);
    const user = userEvent.setup();
    renderApp("/staff/district/settings", "en");
    const editor = await screen.findByRole("form", { name: "Helplines" });
    expect(within(editor).getAllByRole("group")).toHaveLength(3);

    await user.click(within(editor).getByRole("button", { name: "Remove helpline 2" }));
    expect(within(editor).getAllByRole("group")).toHaveLength(2);
    await user.click(within(editor).getByRole("button", { name: "Add a helpline" }));
    const added = within(editor).getByRole("group", { name: "Helpline 3" });
    await user.type(within(added).getByLabelText("Number to dial"), "+996 312 62 12 12");
    await user.type(within(added).getByLabelText("Name in Kyrgyz"), "Райондук билим берүү бөлүмү");
    await user.type(within(added).getByLabelText("Name in Russian"), "Районный отдел образования");
    await user.type(within(added).getByLabelText("Name in English"), "District education office");
    await user.click(within(editor).getByRole("button", { name: "Save the helplines" }));

    expect(await within(editor).findByText("The helplines are saved. The schools' pages show them now.")).toBeVisible();
    expect(sent).toEqual([
      {
        two_factor_required: false,
        helplines: [
          NATIONAL[0],
          NATIONAL[2],
          {
            number: "+996 312 62 12 12",
            label_ky: "Райондук билим берүү бөлүмү",
            label_ru: "Районный отдел образования",
            label_en: "District education office",
          },
        ],
      },
    ]);
  });

  it("offers at most six rows and never removes the last one", async () => {
    signedInAs(districtAdmin, true);
    const user = userEvent.setup();
    renderApp("/staff/district/settings", "en");
    const editor = await screen.findByRole("form", { name: "Helplines" });
    for (let i = 0; i < 3; i += 1) await user.click(within(editor).getByRole("button", { name: "Add a helpline" }));
    expect(within(editor).getAllByRole("group")).toHaveLength(6);
    expect(within(editor).queryByRole("button", { name: "Add a helpline" })).toBeNull();
    for (let n = 6; n > 1; n -= 1) {
      await user.click(within(editor).getByRole("button", { name: `Remove helpline ${n}` }));
    }
    expect(within(editor).getAllByRole("group")).toHaveLength(1);
    expect(within(editor).queryByRole("button", { name: /^Remove helpline/ })).toBeNull();
  });

  it("marks the field the server refused, by its place in the list", async () => {
    signedInAs(districtAdmin, true);
    mockApi({
      "GET /api/v1/me": () => json({ ...districtAdmin, two_factor: { enabled: true, required: false, recovery_codes_left: 10 } }),
      "GET /api/v1/districts/tup/settings": () => json({ two_factor_required: false, helplines: NATIONAL }),
      "PUT /api/v1/districts/tup/settings": () =>
        problem(422, "validation_failed", {
          errors: [{ field: "helplines[1].number", code: "phone", message: "a number of 2 to 15 digits" }],
        }),
    });
    const user = userEvent.setup();
    renderApp("/staff/district/settings", "ru");
    const editor = await screen.findByRole("form", { name: "Телефоны помощи" });
    const second = within(editor).getByRole("group", { name: "Телефон помощи 2" });
    const number = within(second).getByLabelText("Номер для звонка");
    await user.clear(number);
    await user.type(number, "позвоните 102");
    await user.click(within(editor).getByRole("button", { name: "Сохранить телефоны помощи" }));
    await waitFor(() => expect(number).toHaveAttribute("aria-invalid", "true"));
    expect(number).toHaveAccessibleDescription("Это не похоже на номер телефона.");
    await waitFor(() => expect(number).toHaveFocus());
    const first = within(editor).getByRole("group", { name: "Телефон помощи 1" });
    expect(within(first).getByLabelText("Номер для звонка")).not.toHaveAttribute("aria-invalid");
  });
});
