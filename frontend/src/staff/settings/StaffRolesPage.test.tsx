import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { storeTokens } from "../../auth/session";
import { director, json, mockApi, problem, tokens, type Handler } from "../../test/api";
import { schoolView } from "../../test/box";
import { districtOfficer } from "../../test/reports";
import { renderApp } from "../../test/render";
import { fill } from "../../test/fill";

const admin = {
  ...director,
  id: "a0000000-0000-4000-8000-000000000001",
  login: "demo.admin",
  full_name: "Nurlan Beishenov",
  position: "School administrator",
  roles: ["school_admin"],
};

const person = (id: string, full_name: string, login: string, roles: string[], extra: object = {}) => ({
  id,
  login,
  full_name,
  position: "Teacher",
  active: true,
  email: null,
  roles,
  ...extra,
});

const aida = person(director.id, "Aida Kangeldieva", "demo.director", ["director"]);
const nurlan = person(admin.id, "Nurlan Beishenov", "demo.admin", ["school_admin"]);
const ermek = person("e0000000-0000-4000-8000-000000000002", "Ermek Abdyraev", "demo.wg2", ["working_group"], {
  email: "ermek@school31.kg",
});
const old = person("f0000000-0000-4000-8000-000000000003", "Old Teacher", "old.teacher", [], { active: false });

function signedInAs(me: unknown, routes: Record<string, Handler>) {
  storeTokens(tokens(1));
  return mockApi({
    "GET /api/v1/me": () => json(me),
    "GET /api/v1/schools/school-31": () => json(schoolView),
    ...routes,
  });
}

describe("staff and roles", () => {
  it("lists the staff with their roles, and offers the school administrator only the roles within reach", async () => {
    signedInAs(admin, { "GET /api/v1/schools/school-31/staff": () => json([aida, nurlan, ermek, old]) });
    renderApp("/staff/settings/staff", "en");
    const table = await screen.findByRole("table", { name: "The school's staff" });
    const rows = within(table).getAllByRole("row");
    expect(rows).toHaveLength(5);
    const ermekRow = within(table).getByRole("row", { name: /Ermek Abdyraev/ });
    expect(within(ermekRow).getByText("ermek@school31.kg")).toBeVisible();
    expect(within(ermekRow).getByText("Working group member")).toBeVisible();
    expect(within(ermekRow).getByText("Active")).toBeVisible();
    expect(within(ermekRow).getByRole("button", { name: "Change the roles of Ermek Abdyraev" })).toBeVisible();

    // Oneself, the director (above the administrator) and a deactivated account: no actions.
    const own = within(table).getByRole("row", { name: /Nurlan Beishenov/ });
    expect(within(own).getByText(/This is you/)).toBeVisible();
    expect(within(own).queryByRole("button")).toBeNull();
    const directorRow = within(table).getByRole("row", { name: /Aida Kangeldieva/ });
    expect(within(directorRow).getByText("Only the district administrator manages this account.")).toBeVisible();
    const oldRow = within(table).getByRole("row", { name: /Old Teacher/ });
    expect(within(oldRow).getByText("Deactivated")).toBeVisible();
    expect(within(oldRow).getByText("No roles")).toBeVisible();
    expect(within(oldRow).queryByRole("button")).toBeNull();

    const form = screen.getByRole("form", { name: "Add a staff member" });
    const offered = within(form)
      .getAllByRole("checkbox")
      .map((box) => (box as HTMLInputElement).labels?.[0]?.textContent);
    expect(offered).toEqual([
      "Deputy director",
      "Competent official",
      "Social pedagogue",
      "Working group member",
      "School administrator",
    ]);
  });

  it("adds a member and shows the first password once", async () => {
    const bodies: unknown[] = [];
    const staff = [aida, nurlan];
    signedInAs(admin, {
      "GET /api/v1/schools/school-31/staff": () => json(staff),
      "POST /api/v1/schools/school-31/staff": async (request) => {
        bodies.push(await request.json());
        const created = person("c0000000-0000-4000-8000-000000000004", "Aigul Osmonova", "a.osmonova", ["official"]);
        staff.push(created);
        return json({ staff: created, initial_password: "kM7pQ2xR9tWz4b" }, 201);
      },
    });
    const user = userEvent.setup();
    renderApp("/staff/settings/staff", "en");
    const form = await screen.findByRole("form", { name: "Add a staff member" });
    await user.click(within(form).getByRole("button", { name: "Add the staff member" }));
    expect(within(form).getAllByText("This field is required.")).toHaveLength(3);
    expect(within(form).getByLabelText("Full name")).toHaveFocus();

    await user.type(within(form).getByLabelText("Full name"), "Aigul Osmonova");
    const position = within(form).getByRole("group", { name: "Position" });
    await fill(user, within(position).getByLabelText("Kyrgyz (required)"), "Психолог");
    await fill(user, within(position).getByLabelText("Russian (optional)"), "Педагог-психолог");
    await fill(user, within(position).getByLabelText("English (optional)"), "Psychologist");
    await user.type(within(form).getByLabelText("Login"), "a.osmonova");
    await user.click(within(form).getByLabelText("Competent official"));
    await user.click(within(form).getByRole("button", { name: "Add the staff member" }));

    expect(await screen.findByText("kM7pQ2xR9tWz4b")).toBeVisible();
    expect(screen.getByText("First password of Aigul Osmonova (login a.osmonova)")).toBeVisible();
    expect(screen.getByText(/hand it over in person/)).toBeVisible();
    expect(bodies).toEqual([
      {
        full_name: "Aigul Osmonova",
        positions: { ky: "Психолог", ru: "Педагог-психолог", en: "Psychologist" },
        login: "a.osmonova",
        email: null,
        roles: ["official"],
      },
    ]);
    expect(await screen.findByRole("row", { name: /Aigul Osmonova/ })).toBeVisible();
    expect(within(form).getByLabelText("Full name")).toHaveValue("");

    await user.click(screen.getByRole("button", { name: "I have written it down" }));
    expect(screen.queryByText("kM7pQ2xR9tWz4b")).toBeNull();
  });

  it("shows the server's refusal and the failing fields, in the page's language", async () => {
    signedInAs(admin, {
      "GET /api/v1/schools/school-31/staff": () => json([aida, nurlan]),
      "POST /api/v1/schools/school-31/staff": async (request) => {
        const body = (await request.json()) as { login: string };
        return body.login === "demo.wg1"
          ? problem(409, "login_taken")
          : problem(422, "validation_failed", {
              errors: [{ field: "login", code: "invalid_login", message: "3 to 64 letters" }],
            });
      },
    });
    const user = userEvent.setup();
    renderApp("/staff/settings/staff", "ru");
    const form = await screen.findByRole("form", { name: "Добавить сотрудника" });
    await user.type(within(form).getByLabelText("ФИО"), "Динара");
    await fill(
      user,
      within(within(form).getByRole("group", { name: "Должность" })).getByLabelText("Кыргызский (обязательно)"),
      "Психолог",
    );
    await user.type(within(form).getByLabelText("Логин"), "demo.wg1");
    await user.click(within(form).getByRole("button", { name: "Добавить сотрудника" }));
    expect(await within(form).findByRole("alert")).toHaveTextContent("Этот логин уже занят.");

    await user.clear(within(form).getByLabelText("Логин"));
    await user.type(within(form).getByLabelText("Логин"), "дина");
    await user.click(within(form).getByRole("button", { name: "Добавить сотрудника" }));
    expect(
      await within(form).findByText("Логин — от 3 до 64 латинских букв, цифр, точек, дефисов или подчёркиваний."),
    ).toBeVisible();
  });

  it("shows each position in the page's language and changes a member's position in each language", async () => {
    const sent: unknown[] = [];
    const dinara = person("d0000000-0000-4000-8000-000000000005", "Dinara Sydykova", "d.sydykova", ["official"], {
      position: "Психолог",
      positions: { ky: "Психолог", ru: "Педагог-психолог", en: null },
    });
    signedInAs(admin, {
      "GET /api/v1/schools/school-31/staff": () => json([nurlan, dinara]),
      [`PUT /api/v1/staff/${dinara.id}/position`]: async (request) => {
        const body = (await request.json()) as { positions: Record<string, string | null> };
        sent.push(body);
        return body.positions.en === "x"
          ? problem(422, "validation_failed", { errors: [{ field: "positions.en", code: "length", message: "1 to 200" }] })
          : json({ ...dinara, position: body.positions.ky, positions: body.positions });
      },
    });
    const user = userEvent.setup();
    renderApp("/staff/settings/staff", "ru");
    const row = await screen.findByRole("row", { name: /Dinara Sydykova/ });
    expect(within(row).getByText("Педагог-психолог")).toBeVisible();
    await user.click(within(row).getByRole("button", { name: "Изменить должность: Dinara Sydykova" }));
    const editor = screen.getByRole("form", { name: "Должность: Dinara Sydykova" });
    const kyrgyz = within(editor).getByLabelText("Кыргызский (обязательно)");
    expect(kyrgyz).toHaveValue("Психолог");
    expect(within(editor).getByLabelText("Русский (необязательно)")).toHaveValue("Педагог-психолог");

    await user.clear(kyrgyz);
    await user.click(within(editor).getByRole("button", { name: "Сохранить должность" }));
    expect(kyrgyz).toHaveAccessibleDescription("Это поле обязательно.");
    expect(sent).toEqual([]);

    await fill(user, kyrgyz, "Мектеп психологу");
    const english = within(editor).getByLabelText("Английский (необязательно)");
    await fill(user, english, "x");
    await user.click(within(editor).getByRole("button", { name: "Сохранить должность" }));
    expect(await within(editor).findByText("Недопустимая длина значения.")).toBeVisible();
    expect(english).toHaveAccessibleDescription("Недопустимая длина значения.");

    await user.clear(english);
    await fill(user, english, "School psychologist");
    await user.click(within(editor).getByRole("button", { name: "Сохранить должность" }));
    expect(await screen.findByText("Должность сохранена: Dinara Sydykova.")).toBeVisible();
    expect(sent).toEqual([
      { positions: { ky: "Мектеп психологу", ru: "Педагог-психолог", en: "x" } },
      { positions: { ky: "Мектеп психологу", ru: "Педагог-психолог", en: "School psychologist" } },
    ]);
  });

  it("changes a member's roles and shows a refusal clearly", async () => {
    const sent: unknown[] = [];
    let refuse = false;
    signedInAs(admin, {
      "GET /api/v1/schools/school-31/staff": () => json([aida, nurlan, ermek]),
      [`PUT /api/v1/staff/${ermek.id}/roles`]: async (request) => {
        const body = await request.json();
        sent.push(body);
        return refuse ? problem(403, "role_not_grantable") : json({ ...ermek, ...(body as object) });
      },
    });
    const user = userEvent.setup();
    renderApp("/staff/settings/staff", "en");
    await user.click(await screen.findByRole("button", { name: "Change the roles of Ermek Abdyraev" }));
    const editor = screen.getByRole("form", { name: "Roles of Ermek Abdyraev" });
    expect(within(editor).getByLabelText("Working group member")).toBeChecked();
    expect(within(editor).queryByLabelText("Director")).toBeNull();
    await user.click(within(editor).getByLabelText("Competent official"));
    refuse = true;
    await user.click(within(editor).getByRole("button", { name: "Save the roles" }));
    expect(await within(editor).findByRole("alert")).toHaveTextContent("nobody grants a role above their own");

    refuse = false;
    await user.click(within(editor).getByRole("button", { name: "Save the roles" }));
    expect(await screen.findByText("The roles of Ermek Abdyraev are saved.")).toBeVisible();
    expect(screen.queryByRole("form", { name: "Roles of Ermek Abdyraev" })).toBeNull();
    expect(sent).toEqual([{ roles: ["official", "working_group"] }, { roles: ["official", "working_group"] }]);
  });

  it("resets a password after a confirmation and shows the new one once", async () => {
    const reset: string[] = [];
    signedInAs(admin, {
      "GET /api/v1/schools/school-31/staff": () => json([nurlan, ermek]),
      [`POST /api/v1/staff/${ermek.id}/password-reset`]: (request) => {
        reset.push(new URL(request.url).pathname);
        return json({ initial_password: "Pq4sT7vW2xY9zA" });
      },
    });
    const user = userEvent.setup();
    renderApp("/staff/settings/staff", "en");
    await user.click(await screen.findByRole("button", { name: "Give Ermek Abdyraev a new password" }));
    const dialog = screen.getByRole("dialog", { name: "Give Ermek Abdyraev a new password?" });
    await user.click(within(dialog).getByRole("button", { name: "Cancel" }));
    expect(reset).toEqual([]);

    await user.click(screen.getByRole("button", { name: "Give Ermek Abdyraev a new password" }));
    await user.click(
      within(screen.getByRole("dialog", { name: "Give Ermek Abdyraev a new password?" })).getByRole("button", {
        name: "Give a new password",
      }),
    );
    expect(await screen.findByText("Pq4sT7vW2xY9zA")).toBeVisible();
    expect(screen.getByText("New password of Ermek Abdyraev (login demo.wg2)")).toBeVisible();
    expect(reset).toHaveLength(1);
  });

  it("resets a member's second factor after a confirmation that says what it does", async () => {
    const reset: string[] = [];
    signedInAs(admin, {
      "GET /api/v1/schools/school-31/staff": () =>
        json([
          nurlan,
          { ...ermek, two_factor_enabled: true },
          person("a0000000-0000-4000-8000-000000000004", "Bakyt Toktogulov", "demo.wg3", ["working_group"], {
            two_factor_enabled: false,
          }),
        ]),
      [`POST /api/v1/staff/${ermek.id}/two-factor-reset`]: (request) => {
        reset.push(new URL(request.url).pathname);
        return new Response(null, { status: 204 });
      },
    });
    const user = userEvent.setup();
    renderApp("/staff/settings/staff", "en");
    const own = await screen.findByRole("row", { name: /Nurlan Beishenov/ });
    expect(within(own).queryByRole("button", { name: /two-factor/ })).toBeNull();
    // Nothing to reset for a member who has not turned it on.
    const without = screen.getByRole("row", { name: /Bakyt Toktogulov/ });
    expect(within(without).getByRole("button", { name: /new password/ })).toBeVisible();
    expect(within(without).queryByRole("button", { name: /two-factor/ })).toBeNull();

    await user.click(screen.getByRole("button", { name: "Reset the two-factor sign-in of Ermek Abdyraev" }));
    const dialog = screen.getByRole("dialog", { name: "Reset the two-factor sign-in of Ermek Abdyraev?" });
    expect(dialog).toHaveTextContent("lost the phone with their authenticator app and their recovery codes");
    expect(dialog).toHaveTextContent("they are signed out on every device");
    expect(dialog).toHaveTextContent("Make sure first that it is really them asking");
    await user.click(within(dialog).getByRole("button", { name: "Cancel" }));
    expect(reset).toEqual([]);

    await user.click(screen.getByRole("button", { name: "Reset the two-factor sign-in of Ermek Abdyraev" }));
    await user.click(
      within(screen.getByRole("dialog", { name: "Reset the two-factor sign-in of Ermek Abdyraev?" })).getByRole(
        "button",
        { name: "Reset" },
      ),
    );
    expect(
      await screen.findByText("The two-factor sign-in of Ermek Abdyraev is reset: they now sign in with their password alone."),
    ).toBeVisible();
    expect(reset).toEqual([`/api/v1/staff/${ermek.id}/two-factor-reset`]);
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it("deactivates an account after a confirmation", async () => {
    let active = true;
    signedInAs(director, {
      "GET /api/v1/schools/school-31/staff": () => json([aida, { ...ermek, active }]),
      [`POST /api/v1/staff/${ermek.id}/deactivation`]: () => {
        active = false;
        return json({ ...ermek, active });
      },
    });
    const user = userEvent.setup();
    renderApp("/staff/settings/staff", "en");
    await user.click(await screen.findByRole("button", { name: "Deactivate the account of Ermek Abdyraev" }));
    const dialog = screen.getByRole("dialog", { name: "Deactivate the account of Ermek Abdyraev?" });
    expect(dialog).toHaveTextContent("They can no longer sign in");
    await user.click(within(dialog).getByRole("button", { name: "Deactivate" }));
    expect(await screen.findByText("The account of Ermek Abdyraev is deactivated.")).toBeVisible();
    const row = screen.getByRole("row", { name: /Ermek Abdyraev/ });
    await waitFor(() => expect(within(row).getByText("Deactivated")).toBeVisible());
    expect(within(row).queryByRole("button")).toBeNull();
  });

  it("lets the district administrator name a school's director, the school named in the address", async () => {
    const districtAdmin = { ...districtOfficer, roles: ["district_admin"] };
    signedInAs(districtAdmin, { "GET /api/v1/schools/school-31/staff": () => json([aida, ermek]) });
    renderApp("/staff/settings/staff?school=school-31", "en");
    expect(await screen.findByText("School: School No. 31 Yntymak")).toBeVisible();
    const form = await screen.findByRole("form", { name: "Add a staff member" });
    expect(within(form).getByLabelText("Director")).toBeVisible();
    const directorRow = await screen.findByRole("row", { name: /Aida Kangeldieva/ });
    expect(within(directorRow).getByRole("button", { name: "Change the roles of Aida Kangeldieva" })).toBeVisible();
  });
});
