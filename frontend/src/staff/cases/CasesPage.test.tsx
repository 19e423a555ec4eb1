import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { storeTokens } from "../../auth/session";
import { director, json, mockApi, problem, tokens, type Handler } from "../../test/api";
import { schoolView } from "../../test/box";
import { CASE_ID, caseFile, caseSummary, deputy, staffRef } from "../../test/cases";
import { renderApp } from "../../test/render";

function signedInAs(me: unknown, routes: Record<string, Handler>) {
  storeTokens(tokens(1));
  return mockApi({
    "GET /api/v1/me": () => json(me),
    "GET /api/v1/schools/school-31": () => json(schoolView),
    "GET /api/v1/alerts": () => json([]),
    "GET /api/v1/appeals": () => json({ items: [], total: 0 }),
    "GET /api/v1/box-openings": () => json([]),
    ...routes,
  });
}

const pressing = caseSummary({
  urgent: true,
  flags: ["unassigned", "urgent_without_referral", "overdue"],
  answer_due_on: "2026-11-20",
});
const assigned = caseSummary({
  id: "9b2e4f70-1c3d-4e5f-8a9b-0c1d2e3f4a5b",
  registration_number: "2026/15",
  status: "assigned",
  official: staffRef(deputy),
  flags: ["answer_awaiting_approval", "due_soon"],
});

describe("the cases page", () => {
  it("lists the director's cases with what each needs, and filters them on the server", async () => {
    const queries: URLSearchParams[] = [];
    signedInAs(director, {
      "GET /api/v1/cases": (request) => {
        const query = new URL(request.url).searchParams;
        queries.push(query);
        return json(query.get("state") === "closed" ? { items: [], total: 0 } : { items: [pressing, assigned], total: 2 });
      },
      [`GET /api/v1/cases/${CASE_ID}`]: () => json(caseFile()),
    });
    const user = userEvent.setup();
    renderApp("/staff/cases", "en");
    expect(await screen.findByRole("heading", { level: 1, name: "Cases" })).toBeVisible();
    expect(await screen.findByText(/^Every registered appeal of the school/)).toBeVisible();
    const list = await screen.findByRole("list", { name: "Open cases" });
    const cards = within(list).getAllByRole("listitem").filter((item) => item.parentElement === list);
    expect(cards).toHaveLength(2);
    const first = cards[0] as HTMLElement;
    expect(within(first).getByRole("link", { name: "No. 2026/14" })).toBeVisible();
    const flags = within(first).getByRole("list", { name: "What the case needs" });
    expect(within(flags).getAllByRole("listitem").map((flag) => flag.textContent)).toEqual([
      "No official yet",
      "Urgent, not referred",
      "Answer overdue",
    ]);
    expect(within(flags).getByText("Answer overdue")).toHaveClass("badge--danger");
    expect(first).toHaveClass("case-card--pressing");
    expect(first).toHaveTextContent("Not yet assigned");
    expect(first).toHaveTextContent("November 20, 2026");
    const second = cards[1] as HTMLElement;
    expect(second).not.toHaveClass("case-card--pressing");
    expect(second).toHaveTextContent("Bakyt Toktogulov");
    expect(second).toHaveTextContent("Answer waits for approval");
    expect(second).toHaveTextContent("Answer due soon");
    expect(second).toHaveTextContent("Assigned");
    expect(screen.getByText("2 cases.")).toBeVisible();
    expect(queries[0]?.get("school")).toBe("school-31");
    expect(queries[0]?.get("state")).toBe("open");

    await user.selectOptions(screen.getByLabelText("Show"), "closed");
    expect(await screen.findByText("No cases here.")).toBeVisible();
    expect(queries[queries.length - 1]?.get("state")).toBe("closed");
    expect(queries[queries.length - 1]?.get("page")).toBe("1");

    await user.selectOptions(screen.getByLabelText("Show"), "open");
    await user.click(await screen.findByRole("link", { name: "No. 2026/14" }));
    await waitFor(() => expect(window.location.pathname).toBe(`/staff/cases/${CASE_ID}`));
  });

  it("shows an official the cases assigned to them, in Russian", async () => {
    signedInAs(deputy, {
      "GET /api/v1/cases": () => json({ items: [caseSummary({ flags: ["assigned_to_you"], status: "assigned" })], total: 1 }),
    });
    renderApp("/staff/cases", "ru");
    expect(await screen.findByText("Обращения, порученные вам; сначала то, что требует внимания.")).toBeVisible();
    expect(await screen.findByRole("link", { name: "№ 2026/14" })).toBeVisible();
    expect(screen.getByText("Поручено вам")).toBeVisible();
    expect(screen.getByText("1 обращение.")).toBeVisible();
  });

  it("lets the district office name the school it looks at, and opens a case by its address alone", async () => {
    const schools: string[] = [];
    signedInAs(
      { ...director, school: null, roles: ["district_officer"] },
      {
        "GET /api/v1/cases": (request) => {
          schools.push(new URL(request.url).searchParams.get("school") ?? "");
          return json({ items: [caseSummary({ flags: ["referred_to_district"] })], total: 1 });
        },
        "GET /api/v1/schools/no-such-school": () => problem(404, "not_found"),
        [`GET /api/v1/cases/${CASE_ID}`]: () =>
          json(caseFile({ your_part: { directing: false, handling: false }, assignable: [] })),
      },
    );
    const user = userEvent.setup();
    renderApp("/staff/cases", "en");
    const address = await screen.findByLabelText("School address");
    await user.click(screen.getByRole("button", { name: "Show" }));
    expect(screen.getByText("Type the school's address.")).toBeVisible();
    await user.type(address, "no-such-school");
    await user.click(screen.getByRole("button", { name: "Show" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("What you asked for was not found.");
    expect(schools).toEqual([]);

    await user.clear(screen.getByLabelText("School address"));
    await user.type(screen.getByLabelText("School address"), "School-31");
    await user.click(screen.getByRole("button", { name: "Show" }));
    expect(await screen.findByText("School: School No. 31 Yntymak")).toBeVisible();
    expect(await screen.findByText("Referred to the district office")).toBeVisible();
    expect(schools).toEqual(["school-31"]);
    await user.click(screen.getByRole("link", { name: "No. 2026/14" }));
    await waitFor(() => expect(window.location.pathname).toBe(`/staff/cases/${CASE_ID}`));
    expect(window.location.search).toBe("");
    expect(await screen.findByRole("heading", { level: 1, name: "Case No. 2026/14" })).toBeVisible();
    expect(screen.getByRole("link", { name: "Back to the cases" })).toHaveAttribute("href", "/staff/cases?school=school-31");
  });
});

describe("the start page's cases", () => {
  it("shows the director the open cases, what needs attention first", async () => {
    signedInAs(director, {
      "GET /api/v1/cases": (request) => {
        const query = new URL(request.url).searchParams;
        expect(query.get("state")).toBe("open");
        return json({ items: [pressing, assigned], total: 7 });
      },
    });
    renderApp("/staff", "en");
    const section = await screen.findByRole("region", { name: "Cases" });
    expect(section).toHaveTextContent("7 cases are open. What needs attention first:");
    expect(within(section).getByRole("link", { name: "No. 2026/14" })).toBeVisible();
    expect(within(section).getByText("Urgent, not referred")).toBeVisible();
    expect(within(section).getByRole("link", { name: "See all cases (7)" })).toHaveAttribute("href", "/staff/cases");
  });

  it("shows an official the cases assigned to them, or that there are none", async () => {
    signedInAs(deputy, { "GET /api/v1/cases": () => json({ items: [], total: 0 }) });
    renderApp("/staff", "ky");
    const section = await screen.findByRole("region", { name: "Сизге тапшырылган кайрылуулар" });
    expect(section).toHaveTextContent("Сизге бир да кайрылуу тапшырылган эмес.");
  });

  it("shows nothing to someone the server does not give cases", async () => {
    signedInAs({ ...director, roles: ["social_pedagogue"] }, { "GET /api/v1/cases": () => problem(403, "forbidden") });
    renderApp("/staff", "en");
    expect(await screen.findByText("Social pedagogue")).toBeVisible();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole("region", { name: "Cases assigned to you" })).toBeNull();
    expect(screen.queryByRole("alert")).toBeNull();
  });
});
