import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { storeTokens } from "../../auth/session";
import { json, mockApi, problem, tokens } from "../../test/api";
import { schoolView } from "../../test/box";
import { districtOfficer } from "../../test/reports";
import { renderApp } from "../../test/render";

const districtAdmin = { ...districtOfficer, roles: ["district_admin"] };

const overview = (schools: { school: string; name: string }[]) => ({
  district: "tup",
  name: "Tüp district",
  report_month: "2026-10",
  schools: schools.map(({ school, name }) => ({
    school,
    name,
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
    const schools = [{ school: "school-31", name: "School No. 31 Yntymak" }];
    const bodies: unknown[] = [];
    storeTokens(tokens(1));
    mockApi({
      "GET /api/v1/me": () => json(districtAdmin),
      "GET /api/v1/districts/tup/schools": () => json(overview(schools)),
      "POST /api/v1/districts/tup/schools": async (request) => {
        const body = (await request.json()) as { slug: string };
        bodies.push(body);
        if (body.slug === "school-31") return problem(409, "slug_taken");
        schools.push({ school: "school-7", name: "School No. 7" });
        return json(
          {
            school: { ...schoolView, slug: "school-7", name: "School No. 7" },
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
    expect(within(form).getByLabelText("School name")).toHaveFocus();

    await user.type(within(form).getByLabelText("School name"), "School No. 7");
    await user.type(within(form).getByLabelText("Address"), "school-31");
    await user.type(within(form).getByLabelText("Full name"), "Asel Mamytova");
    await user.type(within(form).getByLabelText("Position"), "Director");
    await user.type(within(form).getByLabelText("Login"), "s7.director");
    await user.click(within(form).getByRole("button", { name: "Create the school" }));
    expect(await within(form).findByRole("alert")).toHaveTextContent("A school with this address already exists.");

    await user.clear(within(form).getByLabelText("Address"));
    await user.type(within(form).getByLabelText("Address"), "school-7");
    await user.selectOptions(within(form).getByLabelText("Default language"), "ru");
    await user.click(within(form).getByRole("button", { name: "Create the school" }));
    expect(await screen.findByText("Zx8cV3bN6mQw2e")).toBeVisible();
    expect(screen.getByText("The school School No. 7 is created, at /s/school-7.")).toBeVisible();
    expect(screen.getByText("First password of the director Asel Mamytova (login s7.director)")).toBeVisible();
    expect(screen.getByRole("link", { name: "Open its staff and roles" })).toHaveAttribute(
      "href",
      "/staff/settings/staff?school=school-7",
    );
    expect(await screen.findByRole("link", { name: "Settings of School No. 7" })).toBeVisible();
    expect(bodies[1]).toEqual({
      name: "School No. 7",
      slug: "school-7",
      default_language: "ru",
      time_zone: "Asia/Bishkek",
      director: { full_name: "Asel Mamytova", position: "Director", login: "s7.director", email: null, roles: [] },
    });
  });
});
