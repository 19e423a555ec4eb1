import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { storeTokens } from "../../auth/session";
import { director, json, mockApi, problem, tokens, type Handler } from "../../test/api";
import { schoolView } from "../../test/box";
import { districtOfficer } from "../../test/reports";
import { renderApp } from "../../test/render";
import { fill } from "../../test/fill";

const school = { ...schoolView, settings: { ...schoolView.settings, retention_years: 5 } };

function signedInAs(me: unknown, routes: Record<string, Handler>) {
  storeTokens(tokens(1));
  return mockApi({ "GET /api/v1/me": () => json(me), ...routes });
}

describe("the school settings", () => {
  it("shows the settings with what each means, and saves a change", async () => {
    const saved: unknown[] = [];
    signedInAs(director, {
      "GET /api/v1/schools/school-31": () => json(school),
      "PUT /api/v1/schools/school-31/settings": async (request) => {
        const body = (await request.json()) as Record<string, unknown>;
        saved.push(body);
        const { names, ...settings } = body as { names: { ru: string } };
        return json({ ...school, name: names.ru, names, settings });
      },
    });
    const user = userEvent.setup();
    renderApp("/staff/settings/school", "en");
    const form = await screen.findByRole("form", { name: "School settings" });
    // The name in each language, the school's (Kyrgyz) first and required.
    const names = within(form).getByRole("group", { name: "School name" });
    expect(within(names).getAllByRole("textbox").map((field) => (field as HTMLInputElement).labels?.[0]?.textContent)).toEqual([
      "Kyrgyz (required)",
      "Russian (optional)",
      "English (optional)",
    ]);
    expect(within(names).getByLabelText("Kyrgyz (required)")).toHaveValue("School No. 31 Yntymak");
    expect(within(names).getByLabelText("Russian (optional)")).toHaveValue("");
    const quorum = within(form).getByLabelText("Members needed to open the box");
    expect(quorum).toHaveValue(3);
    expect(within(form).getByLabelText("Answer deadline (working days)")).toHaveAccessibleDescription(
      /The law allows at most 14 working days/,
    );
    expect(within(form).getByLabelText("Keep closed appeals for (years)")).toHaveAccessibleDescription(
      /text and its writer's details are erased/,
    );
    expect(within(form).getByLabelText("Default language")).toHaveValue("ky");

    await user.clear(quorum);
    await user.click(within(form).getByRole("button", { name: "Save the settings" }));
    expect(within(form).getByText("This field is required.")).toBeVisible();
    expect(quorum).toHaveFocus();
    expect(saved).toEqual([]);

    await user.type(quorum, "4");
    // A school that speaks Russian needs its Russian name.
    await user.selectOptions(within(form).getByLabelText("Default language"), "ru");
    expect(within(names).getAllByRole("textbox")[0]).toHaveAccessibleName("Russian (required)");
    await user.click(within(form).getByRole("button", { name: "Save the settings" }));
    const russian = within(names).getByLabelText("Russian (required)");
    expect(russian).toHaveAccessibleDescription("This field is required.");
    expect(russian).toHaveFocus();
    expect(saved).toEqual([]);
    await fill(user, russian, "Школа №31 «Ынтымак»");
    await user.click(within(form).getByRole("button", { name: "Save the settings" }));
    expect(await within(form).findByText("The settings are saved.")).toBeVisible();
    expect(saved).toEqual([
      {
        names: { ky: "School No. 31 Yntymak", ru: "Школа №31 «Ынтымак»", en: null },
        opening_quorum: 4,
        opening_interval_months: 1,
        answer_deadline_working_days: 14,
        anonymous_target_working_days: 14,
        default_language: "ru",
        time_zone: "Asia/Bishkek",
        retention_years: 5,
      },
    ]);

    const also = screen.getByRole("navigation", { name: "Also set up" });
    expect(within(also).getAllByRole("link").map((link) => link.getAttribute("href"))).toEqual([
      "/staff/settings/staff",
      "/staff/settings/holidays",
      "/staff/working-group",
    ]);
  });

  it("shows the server's field errors beside their fields, in the page's language", async () => {
    signedInAs(director, {
      "GET /api/v1/schools/school-31": () => json(school),
      "PUT /api/v1/schools/school-31/settings": () =>
        problem(422, "validation_failed", {
          errors: [
            { field: "answer_deadline_working_days", code: "range", message: "1 to 14" },
            { field: "time_zone", code: "invalid_time_zone", message: "an IANA time zone" },
          ],
        }),
    });
    const user = userEvent.setup();
    renderApp("/staff/settings/school", "ky");
    const form = await screen.findByRole("form", { name: "Мектептин жөндөөлөрү" });
    const deadline = within(form).getByLabelText("Жооп берүү мөөнөтү (жумуш күнү)");
    await user.clear(deadline);
    await user.type(deadline, "20");
    await user.click(within(form).getByRole("button", { name: "Жөндөөлөрдү сактоо" }));
    expect(await within(form).findByRole("alert")).toHaveTextContent("Айрым талаалар туура эмес толтурулган");
    expect(deadline).toHaveAccessibleDescription(/Бул сан уруксат берилген чектен тышкары\./);
    expect(within(form).getByLabelText("Убакыт алкагы")).toHaveAccessibleDescription(/Мындай убакыт алкагы белгисиз\./);
  });

  it("lets the district administrator change a school named in the address", async () => {
    const saved: string[] = [];
    signedInAs(
      { ...districtOfficer, roles: ["district_admin"] },
      {
        "GET /api/v1/schools/school-31": () => json(school),
        "PUT /api/v1/schools/school-31/settings": async (request) => {
          saved.push(new URL(request.url).pathname);
          return json(school);
        },
      },
    );
    const user = userEvent.setup();
    renderApp("/staff/settings/school?school=school-31", "en");
    const form = await screen.findByRole("form", { name: "School settings" });
    await user.click(within(form).getByRole("button", { name: "Save the settings" }));
    expect(await within(form).findByText("The settings are saved.")).toBeVisible();
    expect(saved).toEqual(["/api/v1/schools/school-31/settings"]);
    const also = screen.getByRole("navigation", { name: "Also set up" });
    expect(within(also).getAllByRole("link").map((link) => link.getAttribute("href"))).toEqual([
      "/staff/settings/staff?school=school-31",
    ]);
  });
});
