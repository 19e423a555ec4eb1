import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { storeTokens } from "../../auth/session";
import { director, json, mockApi, tokens, type Handler } from "../../test/api";
import { journalRow, schoolView } from "../../test/box";
import { renderApp } from "../../test/render";
import { sheetsOf } from "./JournalPrintPage";

const HASH = "5903a7204ed4542ab99b10800f5c0ba74f492812119df7c9ac62110349970ccf";

function signedIn(routes: Record<string, Handler>) {
  storeTokens(tokens(1));
  return mockApi({
    "GET /api/v1/me": () => json(director),
    "GET /api/v1/schools/school-31": () => json(schoolView),
    ...routes,
  });
}

describe("the journal", () => {
  it("shows the verification and the regulation's columns, and filters and pages on the server", async () => {
    const queries: URLSearchParams[] = [];
    signedIn({
      "GET /api/v1/journal/verify": () => json({ valid: true, entries: 6, head: { seq: 6, hash: HASH }, first_invalid: null }),
      "GET /api/v1/journal": (request) => {
        const query = new URL(request.url).searchParams;
        queries.push(query);
        const page = Number(query.get("page"));
        return json({
          rows: [
            journalRow(page * 20 - 19, {
              official: { position: "Deputy director", full_name: "Bakyt Toktogulov" },
              measures: [{ recorded_on: "2026-11-27", summary: "Talked to the class." }],
              categories: ["education"],
              urgent: true,
              channel: "paper",
              anonymous: false,
              status: "assigned",
            }),
            journalRow(page * 20 - 18),
            journalRow(page * 20 - 17, {
              official: { position: "Deputy director", full_name: "Bakyt Toktogulov" },
              measures: [{ recorded_on: "2026-11-27", summary: "Hidden from the reader." }],
              concerns_you: true,
              routed_to_district: true,
            }),
          ],
          total: 25,
        });
      },
    });
    const user = userEvent.setup();
    renderApp("/staff/journal", "en");
    const verification = await screen.findByRole("region", { name: "Journal check" });
    expect(within(verification).getByText("Valid")).toBeVisible();
    expect(within(verification).getByText("5903a7204ed4…")).toHaveAttribute("title", HASH);
    expect(verification).toHaveTextContent("Last entry: No. 6, hash");

    const table = await screen.findByRole("table", { name: "Registered appeals" });
    const headers = within(table).getAllByRole("columnheader").map((header) => header.textContent);
    expect(headers).toEqual([
      "No.",
      "Registered",
      "Competent official",
      "Measures taken",
      "Received",
      "Writer",
      "Categories",
      "Urgent",
      "Status",
    ]);
    const first = within(table).getByRole("rowheader", { name: "2026/01" }).closest("tr") as HTMLElement;
    expect(first).toHaveTextContent("Deputy director, Bakyt Toktogulov");
    expect(first).toHaveTextContent("November 27, 2026: Talked to the class.");
    expect(first).toHaveTextContent("On paper");
    expect(first).toHaveTextContent("Signed");
    expect(first).toHaveTextContent("Education");
    expect(first).toHaveTextContent("Assigned");
    const second = within(table).getByRole("rowheader", { name: "2026/02" }).closest("tr") as HTMLElement;
    expect(second).toHaveTextContent("Not yet assigned");
    expect(second).toHaveTextContent("None yet");
    const aboutReader = within(table).getByRole("rowheader", { name: "2026/03" }).closest("tr") as HTMLElement;
    expect(aboutReader).toHaveTextContent("Handled by the district education office");
    expect(aboutReader).toHaveTextContent("Not shown: this appeal concerns you");
    expect(aboutReader).not.toHaveTextContent("Hidden from the reader.");
    expect(first.querySelector("bdi")).toHaveTextContent("Deputy director, Bakyt Toktogulov");
    expect(screen.getByText("25 appeals registered.")).toBeVisible();

    await user.click(screen.getByRole("button", { name: "Next page" }));
    expect(await within(table).findByRole("rowheader", { name: "2026/21" })).toBeVisible();
    expect(screen.getByText("Page 2 of 2")).toBeVisible();

    await user.selectOptions(screen.getByLabelText("Status"), "answered");
    await user.selectOptions(screen.getByLabelText("Urgent"), "urgent");
    await user.selectOptions(screen.getByLabelText("Year"), String(new Date().getFullYear()));
    const last = queries[queries.length - 1];
    expect(last?.get("school")).toBe("school-31");
    expect(last?.get("status")).toBe("answered");
    expect(last?.get("urgent")).toBe("true");
    expect(last?.get("year")).toBe(String(new Date().getFullYear()));
    expect(last?.get("page")).toBe("1");
  });

  it("says at which entry the chain is broken", async () => {
    signedIn({
      "GET /api/v1/journal/verify": () => json({ valid: false, entries: 9, head: { seq: 9, hash: HASH }, first_invalid: 7 }),
      "GET /api/v1/journal": () => json({ rows: [], total: 0 }),
    });
    renderApp("/staff/journal", "ru");
    const verification = await screen.findByRole("region", { name: "Проверка журнала" });
    expect(within(verification).getByText("Нарушен на записи 7")).toBeVisible();
    expect(verification).toHaveTextContent("Сообщите в районный отдел образования.");
  });

  it("prints on numbered pages, with the journal's head", async () => {
    signedIn({
      "GET /api/v1/journal/verify": () => json({ valid: true, entries: 30, head: { seq: 30, hash: HASH }, first_invalid: null }),
      "GET /api/v1/journal": () => json({ rows: Array.from({ length: 30 }, (_, i) => journalRow(i + 1)), total: 30 }),
    });
    renderApp("/staff/journal/print", "en");
    const sheets = await screen.findAllByRole("region", { name: /^Page \d of 3$/ });
    expect(sheets).toHaveLength(3);
    expect(within(sheets[0] as HTMLElement).getAllByRole("row")).toHaveLength(13);
    expect(within(sheets[2] as HTMLElement).getAllByRole("row")).toHaveLength(7);
    expect(within(sheets[2] as HTMLElement).getByText("Page 3 of 3", { selector: "footer" })).toBeVisible();
    expect(await screen.findByText(HASH)).toBeVisible();
  });
});

describe("sheetsOf", () => {
  it("cuts the rows into pages, and an empty journal into one empty page", () => {
    expect(sheetsOf([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(sheetsOf([], 2)).toEqual([[]]);
  });
});
