import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { json, mockApi, problem } from "../test/api";
import { renderApp } from "../test/render";
import { parentsReport } from "../test/reports";
import { school31 as publicSchool } from "../test/public";

/** The school, speaking `language` to visitors who have chosen none. */
const schoolIn = (language: string) => ({ ...publicSchool, default_language: language });

describe("the parents' report", () => {
  it("shows the newest published report with the counts as the server prints them", async () => {
    const asked: string[] = [];
    mockApi({
      "GET /api/v1/schools/school-31/public": () => json(schoolIn("en")),
      "GET /api/v1/schools/school-31/reports/latest": (request) => {
        asked.push(new URL(request.url).pathname);
        return json(parentsReport());
      },
    });
    renderApp("/s/school-31/reports", "en");
    expect(await screen.findByRole("heading", { level: 1, name: "School No. 31 Yntymak" })).toBeVisible();
    expect(screen.getByText("October 2026", { selector: "p" })).toBeVisible();
    expect(screen.getByText("We met the parents of grade 7 and repaired the lights in the yard.")).toBeVisible();
    const counts = screen.getByRole("region", { name: "In numbers" });
    const terms = within(counts).getAllByRole("term").map((term) => term.textContent);
    const values = within(counts).getAllByRole("definition").map((value) => value.textContent);
    expect(values[terms.indexOf("Registered")]).toBe("6");
    expect(values[terms.indexOf("Urgent")]).toBe("<3");
    const categories = screen.getByRole("list", { name: "What the appeals were about" });
    expect(within(categories).getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      "Protection from violence and abuse<3",
      expect.stringMatching(/^Education.*4$/),
    ]);
    expect(screen.getByRole("img", { name: "Registered appeals by month" })).toBeVisible();
    expect(asked).toEqual(["/api/v1/schools/school-31/reports/latest"]);
    const help = screen.getByRole("complementary", { name: "Need help right now?" });
    expect(await within(help).findByRole("link", { name: "District education office +996 312 62 12 12" })).toHaveAttribute(
      "href",
      "tel:+996312621212",
    );
  });

  it("asks for the narrative in the language the visitor chose, and marks the language it is written in", async () => {
    const asked: (string | null)[] = [];
    mockApi({
      "GET /api/v1/schools/school-31/public": () => json(schoolIn("ky")),
      "GET /api/v1/schools/school-31/reports/latest": (request) => {
        const lang = new URL(request.url).searchParams.get("lang");
        asked.push(lang);
        return json(
          lang === "ru"
            ? parentsReport({
                school_name: "Школа №31 «Ынтымак»",
                narrative: "Мы встретились с родителями.",
                narrative_language: "ru",
              })
            : parentsReport({ narrative: "Ата-энелер менен жолуктук.", narrative_language: "ky" }),
        );
      },
    });
    window.localStorage.setItem("ishenim.language", "ru");
    const { unmount } = renderApp("/s/school-31/reports");
    expect(await screen.findByRole("heading", { level: 1, name: "Школа №31 «Ынтымак»" })).toBeVisible();
    expect(screen.getByText("Мы встретились с родителями.")).toHaveAttribute("lang", "ru");
    expect(asked).toEqual(["ru"]);
    unmount();

    // No choice: the page speaks the school's language, and so does the report.
    window.localStorage.removeItem("ishenim.language");
    renderApp("/s/school-31/reports");
    expect(await screen.findByText("Ата-энелер менен жолуктук.")).toHaveAttribute("lang", "ky");
    expect(asked).toEqual(["ru", null]);
  });

  it("says how the box was kept, never 'as required' for a month it was not opened", async () => {
    mockApi({
      "GET /api/v1/schools/school-31/public": () => json(schoolIn("ky")),
      "GET /api/v1/schools/school-31/reports/latest": () =>
        json(parentsReport({ openings: 0, box_openings: "none_due" })),
    });
    renderApp("/s/school-31/reports", "ky");
    expect(await screen.findByText(/Бул айда кутуча ачылган жок, ачуу мөөнөтү али келе элек\./)).toBeVisible();
    expect(screen.queryByText(/Кутуча талап кылынгандай ачылып турду/)).toBeNull();
  });

  it("switches to another published month", async () => {
    mockApi({
      "GET /api/v1/schools/school-31/public": () => json(schoolIn("en")),
      "GET /api/v1/schools/school-31/reports/latest": () => json(parentsReport()),
      "GET /api/v1/schools/school-31/reports/2026-09": () =>
        json(parentsReport({ month: "2026-09", narrative: "September words." })),
    });
    const user = userEvent.setup();
    renderApp("/s/school-31/reports", "en");
    await user.selectOptions(await screen.findByLabelText("Another month"), "2026-09");
    await waitFor(() => expect(window.location.pathname).toBe("/s/school-31/reports/2026-09"));
    expect(await screen.findByText("September words.")).toBeVisible();
  });

  it("says kindly when nothing is published yet", async () => {
    mockApi({
      "GET /api/v1/schools/school-31/public": () => json(schoolIn("ru")),
      "GET /api/v1/schools/school-31/reports/latest": () => problem(404, "not_found"),
    });
    renderApp("/s/school-31/reports", "ru");
    expect(await screen.findByText("Школа ещё не опубликовала ни одного ежемесячного отчёта.")).toBeVisible();
    expect(screen.getByRole("link", { name: "На страницу школы" })).toHaveAttribute("href", "/s/school-31");
  });
});
