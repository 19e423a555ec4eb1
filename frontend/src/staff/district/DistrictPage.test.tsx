import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { storeTokens } from "../../auth/session";
import { director, json, mockApi, problem, tokens, type Handler } from "../../test/api";
import { renderApp } from "../../test/render";
import { districtOfficer } from "../../test/reports";

function signedInAs(me: unknown, routes: Record<string, Handler>) {
  storeTokens(tokens(1));
  return mockApi({ "GET /api/v1/me": () => json(me), ...routes });
}

const shown = (count: number | null, text: string) => ({ count, shown: text });

const overview = {
  district: "tup",
  name: "Tüp district",
  report_month: "2026-10",
  schools: [
    {
      school: "school-31",
      name: "School No. 31 Yntymak",
      last_opened_on: "2026-10-15",
      time_zone: "Asia/Bishkek",
      box_due_by: "2026-11-15",
      box_overdue: false,
      report: "published",
      report_late: false,
      open_appeals: 3,
      overdue_appeals: 1,
      urgent_unreferred: 0,
      urgent_not_referred_in_time: 0,
      journal_head: { seq: 42, hash: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08" },
      journal_check: { checked_at: "2026-11-26T00:00:00Z", valid: true, entries: 42, first_invalid: null },
    },
    {
      school: "school-7",
      name: "School No. 7",
      last_opened_on: null,
      time_zone: "Asia/Bishkek",
      box_due_by: "2026-10-01",
      box_overdue: true,
      report: "missing",
      report_late: true,
      open_appeals: 0,
      overdue_appeals: 0,
      urgent_unreferred: 2,
      urgent_not_referred_in_time: 1,
      journal_head: null,
      journal_check: null,
    },
  ],
};

const statistics = (month: string) => ({
  district: "tup",
  month,
  schools: 2,
  schools_opened_as_required: 1,
  schools_no_opening_due: 0,
  openings: 1,
  found: shown(7, "7"),
  not_accepted: shown(null, "<3"),
  registered: shown(6, "6"),
  urgent: shown(null, "<3"),
  answered_in_time: shown(3, "3"),
  answered_late: shown(null, "<3"),
  open_at_end: shown(3, "3"),
  overdue_at_end: shown(null, "<3"),
  median_days_to_answer: 6,
  by_category: [{ category: "education", count: shown(4, "4") }],
  referrals: [{ code: "idn", name_ky: "ИДН", name_ru: "ИДН", name_en: "Juvenile affairs inspectorate", count: shown(null, "<3") }],
  trend: [
    { month: "2026-09", registered: shown(0, "0") },
    { month: "2026-10", registered: shown(6, "6") },
  ],
  months: ["2026-11", "2026-10", "2026-09"],
});

describe("the district dashboard", () => {
  it("shows every school's compliance at a glance and the month's figures", async () => {
    const months: (string | null)[] = [];
    signedInAs(districtOfficer, {
      "GET /api/v1/districts/tup/schools": () => json(overview),
      "GET /api/v1/districts/tup/statistics": (request) => {
        const month = new URL(request.url).searchParams.get("month");
        months.push(month);
        return json(statistics(month ?? "2026-10"));
      },
    });
    const user = userEvent.setup();
    renderApp("/staff/district", "en");
    expect(await screen.findByRole("heading", { level: 1, name: "District dashboard" })).toBeVisible();
    const table = await screen.findByRole("table", { name: "Schools (reports of October 2026)" });
    const [, first, second] = within(table).getAllByRole("row");
    expect(first).toHaveTextContent("School No. 31 Yntymak");
    expect(first).toHaveTextContent("On time");
    expect(first).toHaveTextContent("Published");
    expect(first).toHaveTextContent("Valid");
    expect(first).toHaveTextContent("9f86d081884c");
    expect(within(first as HTMLElement).getByRole("link", { name: "Published" })).toHaveAttribute(
      "href",
      "/staff/reports?school=school-31&month=2026-10",
    );
    expect(second).toHaveTextContent("Opening overdue");
    expect(second).toHaveTextContent("Not drafted");
    expect(second).toHaveTextContent("Late");
    expect(second).toHaveTextContent("Not checked");
    expect(second).toHaveTextContent("1 urgent, not referred in time — call the school");
    expect(first).not.toHaveTextContent("not referred in time");
    const call = screen.getByRole("region", { name: "Urgent, not referred in time — call the school" });
    expect(within(call).getByRole("listitem")).toHaveTextContent("School No. 7: 1 urgent appeal");
    expect(screen.getByRole("link", { name: "Cases referred to the district office" })).toHaveAttribute("href", "/staff/cases");

    expect(await screen.findByRole("heading", { name: "The district's figures for October 2026" })).toBeVisible();
    expect(screen.getByText("1 of 2")).toBeVisible();
    expect(within(screen.getByRole("list", { name: "Referrals by body" })).getByRole("listitem")).toHaveTextContent(
      "Juvenile affairs inspectorate<3",
    );
    expect(screen.getByRole("img", { name: "Registered appeals over twelve months" })).toBeVisible();
    expect(months).toEqual([null]);

    await user.selectOptions(screen.getByLabelText("Month"), "2026-09");
    expect(await screen.findByRole("heading", { name: "The district's figures for September 2026" })).toBeVisible();
    expect(months).toEqual([null, "2026-09"]);
    // The month running is a choice too: its figures so far.
    await user.selectOptions(screen.getByLabelText("Month"), "2026-11");
    expect(await screen.findByRole("heading", { name: "The district's figures for November 2026" })).toBeVisible();
    expect(months).toEqual([null, "2026-09", "2026-11"]);
  });

  it("tells a school's staff member that they belong to no district office", async () => {
    signedInAs({ ...director, district: null }, {});
    renderApp("/staff/district", "en");
    expect(await screen.findByText("Your account does not belong to a district education office.")).toBeVisible();
  });

  it("shows a refusal in the page's language", async () => {
    signedInAs(districtOfficer, {
      "GET /api/v1/districts/tup/schools": () => problem(403, "forbidden"),
      "GET /api/v1/districts/tup/statistics": () => problem(403, "forbidden"),
    });
    renderApp("/staff/district", "ky");
    expect((await screen.findAllByRole("alert"))[0]).toBeVisible();
  });
});
