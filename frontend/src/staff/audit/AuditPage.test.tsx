import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { storeTokens } from "../../auth/session";
import { director, json, mockApi, problem, tokens, type Handler } from "../../test/api";
import { schoolView } from "../../test/box";
import { CASE_ID } from "../../test/cases";
import { renderApp } from "../../test/render";

function signedInAs(me: unknown, routes: Record<string, Handler>) {
  storeTokens(tokens(1));
  return mockApi({
    "GET /api/v1/me": () => json(me),
    "GET /api/v1/schools/school-31": () => json(schoolView),
    ...routes,
  });
}

const row = (seq: number, overrides: Record<string, unknown> = {}) => ({
  seq,
  occurred_at: "2026-11-26T09:52:26Z",
  actor_login: "demo.director",
  action: "sign_in",
  subject: null,
  details: {},
  ...overrides,
});

describe("the audit trail", () => {
  it("shows who did what and when, newest first, and pages and filters on the server", async () => {
    const queries: URLSearchParams[] = [];
    signedInAs(director, {
      "GET /api/v1/audit": (request) => {
        const query = new URL(request.url).searchParams;
        queries.push(query);
        const page = Number(query.get("page"));
        return json({
          rows: [
            row(120 - page, {
              action: "appeal_content_read",
              subject: `appeal:${CASE_ID}`,
              details: { writer_identity: true },
            }),
            row(100 - page, { actor_login: null, action: "some_future_action" }),
          ],
          total: 60,
        });
      },
    });
    const user = userEvent.setup();
    renderApp("/staff/audit", "en");
    expect(await screen.findByRole("heading", { level: 1, name: "Audit trail" })).toBeVisible();
    const table = await screen.findByRole("table", { name: "Entries" });
    expect(within(table).getAllByRole("columnheader").map((header) => header.textContent)).toEqual([
      "When",
      "Who",
      "What",
      "About",
      "Details",
    ]);
    const [, first, second] = within(table).getAllByRole("row");
    expect(first).toHaveTextContent("November 26, 2026");
    expect(first).toHaveTextContent("15:52");
    expect(first).toHaveTextContent("demo.director");
    expect(first).toHaveTextContent("Appeal read");
    expect(first).toHaveTextContent("writer_identity: true");
    expect(within(first as HTMLElement).getByRole("link", { name: "An appeal" })).toHaveAttribute(
      "href",
      `/staff/cases/${CASE_ID}`,
    );
    expect(second).toHaveTextContent("The system");
    expect(second).toHaveTextContent("some_future_action");
    expect(screen.getByText("60 entries.")).toBeVisible();
    expect(queries[0]?.get("school")).toBe("school-31");
    expect(queries[0]?.get("page")).toBe("1");
    expect(queries[0]?.get("action")).toBeNull();

    await user.click(screen.getByRole("button", { name: "Older entries" }));
    expect(await screen.findByText("Page 2 of 2")).toBeVisible();
    expect(queries[queries.length - 1]?.get("page")).toBe("2");

    await user.selectOptions(screen.getByLabelText("What"), "appeal_assigned");
    const last = queries[queries.length - 1];
    expect(last?.get("action")).toBe("appeal_assigned");
    expect(last?.get("page")).toBe("1");
  });

  it("shows the district office the school's trail, its own reads of cases included, linked to the case", async () => {
    const schools: string[] = [];
    signedInAs(
      { ...director, login: "demo.district", school: null, roles: ["district_officer"] },
      {
        "GET /api/v1/audit": (request) => {
          schools.push(new URL(request.url).searchParams.get("school") ?? "");
          return json({
            rows: [
              row(7, { actor_login: "demo.district", action: "appeal_content_read", subject: `appeal:${CASE_ID}` }),
              row(6, { action: "opening_started", subject: "box_opening:0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0" }),
            ],
            total: 2,
          });
        },
      },
    );
    renderApp("/staff/audit?school=school-31", "en");
    const table = await screen.findByRole("table", { name: "Entries" });
    const [, read, opening] = within(table).getAllByRole("row");
    expect(read).toHaveTextContent("demo.district");
    expect(within(read as HTMLElement).getByRole("link", { name: "An appeal" })).toHaveAttribute(
      "href",
      `/staff/cases/${CASE_ID}`,
    );
    expect(within(opening as HTMLElement).queryByRole("link")).toBeNull();
    expect(schools).toEqual(["school-31"]);
  });

  it("tells someone who may not read it that they may not", async () => {
    signedInAs({ ...director, roles: ["official"] }, { "GET /api/v1/audit": () => problem(403, "forbidden") });
    renderApp("/staff/audit", "ru");
    expect(await screen.findByRole("alert")).toHaveTextContent("У вас нет прав на это действие.");
  });
});
