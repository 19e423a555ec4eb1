import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { storeTokens } from "../../auth/session";
import { json, mockApi, problem, tokens } from "../../test/api";
import { schoolView } from "../../test/box";
import { districtOfficer } from "../../test/reports";
import { renderApp } from "../../test/render";
import { fill } from "../../test/fill";

const districtAdmin = { ...districtOfficer, roles: ["district_admin"] };

type Listed = { school: string; name: string; names?: Record<string, string | null> };
const overview = (schools: Listed[]) => ({
  district: "tup",
  name: "Tüp district",
  report_month: "2026-10",
  schools: schools.map(({ school, name, names }) => ({
    school,
    name,
    names: names ?? { ky: null, ru: null, en: null },
    last_opened_on: null,
    time_zone: "Asia/Bishkek",
    box_due_by: "2026-11-15",
    box_overdue: false,
    report: "missing",
    report_late: false,
    open_appeals: 0,
    overdue_appeals: 0,
    urgent_unreferred: 0,
    journal_head: null,
    journal_check: null,
  })),
});

describe("the district's schools", () => {
  it("opens each school's staff and settings, and creates a school with its director's first password", async () => {
    // Named in Kyrgyz (its language) and English: an English page shows the English name.
    const schools: Listed[] = [
      {
        school: "school-31",
        name: "№31 «Ынтымак» мектеби",
        names: { ky: "№31 «Ынтымак» мектеби", ru: null, en: "School No. 31 Yntymak" },
      },
    ];
    const bodies: unknown[] = [];
    storeTokens(tokens(1));
    mockApi({
      "GET /api/v1/me": () => json(districtAdmin),
      "GET /api/v1/districts/tup/schools": () => json(overview(schools)),
      "POST /api/v1/districts/tup/schools": async (request) => {
        const body = (await request.json()) as { slug: string };
        bodies.push(body);
        if (body.slug === "school-31") return problem(409, "slug_taken");
        schools.push({ school: "school-7", name: "Школа №7", names: { ky: null, ru: "Школа №7", en: "School No. 7" } });
        return json(
          {
            school: { ...schoolView, slug: "school-7", name: "Школа №7" },
            director: {
              id: "d0000000-0000-4000-8000-000000000007",
              login: "s7.director",
              full_name: "Asel Mamytova",
              position: "Director",
              active: true,
              email: null,
              roles: ["director"],
            },
            initial_password: "Zx8cV3bN6mQw2e",
          },
          201,
        );
      },
    });
    const user = userEvent.setup();
    renderApp("/staff/district/schools", "en");
    expect(await screen.findByRole("link", { name: "Staff and roles of School No. 31 Yntymak" })).toHaveAttribute(
      "href",
      "/staff/settings/staff?school=school-31",
    );
    expect(screen.getByRole("link", { name: "Settings of School No. 31 Yntymak" })).toHaveAttribute(
      "href",
      "/staff/settings/school?school=school-31",
    );

    const form = screen.getByRole("form", { name: "New school" });
    expect(within(form).getByLabelText("Time zone")).toHaveValue("Asia/Bishkek");
    await user.click(within(form).getByRole("button", { name: "Create the school" }));
    expect(within(form).getAllByText("This field is required.")).toHaveLength(5);
    const names = within(form).getByRole("group", { name: "School name" });
    expect(within(names).getByLabelText("Kyrgyz (required)")).toHaveFocus();

    // A school that speaks Russian: its Russian name and its director's Russian position come
    // first and are required, the others optional.
    await user.selectOptions(within(form).getByLabelText("Default language"), "ru");
    expect(within(names).getAllByRole("textbox").map((field) => field.getAttribute("lang"))).toEqual(["ru", "ky", "en"]);
    await fill(user, within(names).getByLabelText("Russian (required)"), "Школа №7");
    await fill(user, within(names).getByLabelText("English (optional)"), "School No. 7");
    await user.type(within(form).getByLabelText("Address"), "school-31");
    await user.type(within(form).getByLabelText("Full name"), "Asel Mamytova");
    const position = within(form).getByRole("group", { name: "Position" });
    await fill(user, within(position).getByLabelText("Russian (required)"), "Директор");
    await user.type(within(form).getByLabelText("Login"), "s7.director");
    await user.click(within(form).getByRole("button", { name: "Create the school" }));
    expect(await within(form).findByRole("alert")).toHaveTextContent("A school with this address already exists.");

    await user.clear(within(form).getByLabelText("Address"));
    await user.type(within(form).getByLabelText("Address"), "school-7");
    await user.click(within(form).getByRole("button", { name: "Create the school" }));
    expect(await screen.findByText("Zx8cV3bN6mQw2e")).toBeVisible();
    expect(screen.getByText("The school Школа №7 is created, at /s/school-7.")).toBeVisible();
    expect(screen.getByText("First password of the director Asel Mamytova (login s7.director)")).toBeVisible();
    expect(screen.getByRole("link", { name: "Open its staff and roles" })).toHaveAttribute(
      "href",
      "/staff/settings/staff?school=school-7",
    );
    expect(await screen.findByRole("link", { name: "Settings of School No. 7" })).toBeVisible();
    expect(bodies[1]).toEqual({
      names: { ky: null, ru: "Школа №7", en: "School No. 7" },
      slug: "school-7",
      default_language: "ru",
      time_zone: "Asia/Bishkek",
      director: {
        full_name: "Asel Mamytova",
        positions: { ky: null, ru: "Директор", en: null },
        login: "s7.director",
        email: null,
        roles: [],
      },
    });
  });
});
