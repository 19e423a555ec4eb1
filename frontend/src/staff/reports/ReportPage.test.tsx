import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { storeTokens } from "../../auth/session";
import { json, mockApi, problem, tokens, type Handler } from "../../test/api";
import { schoolView } from "../../test/box";
import { renderApp } from "../../test/render";
import { districtOfficer, monthlyReport, socped } from "../../test/reports";
import { fill } from "../../test/fill";

function signedInAs(me: unknown, routes: Record<string, Handler>) {
  storeTokens(tokens(1));
  return mockApi({
    "GET /api/v1/me": () => json(me),
    "GET /api/v1/schools/school-31": () => json(schoolView),
    "GET /api/v1/alerts": () => json([]),
    "GET /api/v1/appeals": () => json({ items: [], total: 0 }),
    "GET /api/v1/cases": () => json({ items: [], total: 0 }),
    ...routes,
  });
}

beforeEach(() => {
  vi.useFakeTimers({ now: new Date("2026-11-26T09:00:00Z"), toFake: ["Date"] });
});

afterEach(() => {
  vi.useRealTimers();
});

describe("the monthly report", () => {
  it("is where the social pedagogue's start page points", async () => {
    signedInAs(socped, { "GET /api/v1/reports/monthly": () => json(monthlyReport()) });
    const user = userEvent.setup();
    renderApp("/staff", "en");
    await user.click(
      await screen.findByRole("link", { name: "The monthly report: add your words and publish it by the 5th" }),
    );
    await waitFor(() => expect(window.location.pathname).toBe("/staff/reports"));
    expect(await screen.findByRole("heading", { name: "Report of October 2026" })).toBeVisible();
  });

  it("opens on the last finished month and shows its figures as tables", async () => {
    const queries: URLSearchParams[] = [];
    signedInAs(socped, {
      "GET /api/v1/reports/monthly": (request) => {
        queries.push(new URL(request.url).searchParams);
        return json(monthlyReport());
      },
    });
    renderApp("/staff/reports", "en");
    expect(await screen.findByRole("heading", { level: 1, name: "Monthly report" })).toBeVisible();
    expect(await screen.findByRole("heading", { name: "Report of October 2026" })).toBeVisible();
    expect(screen.getByLabelText("Month")).toHaveValue("2026-10");
    expect(queries[0]?.get("school")).toBe("school-31");
    expect(queries[0]?.get("month")).toBe("2026-10");
    expect(queries[0]?.get("version")).toBeNull();

    const appeals = screen.getByRole("table", { name: "Appeals" });
    expect(within(appeals).getByRole("row", { name: "Found in the box, dropped online 5" })).toBeVisible();
    expect(within(appeals).getByRole("row", { name: "Not accepted: obscene language 1" })).toBeVisible();
    expect(within(appeals).getByRole("row", { name: "Registered, with photos or files 2" })).toBeVisible();
    const categories = screen.getByRole("table", { name: "By category" });
    expect(within(categories).getByRole("row", { name: "Protection from violence and abuse 2" })).toBeVisible();
    const referrals = screen.getByRole("table", { name: "Referrals to competent bodies" });
    expect(within(referrals).getByText("Juvenile affairs inspectorate")).toBeVisible();
    expect(screen.getByText(/Act No\. 2026\/10/)).toBeVisible();
    expect(screen.getByText("The box was opened as often as required.")).toBeVisible();
    expect(screen.getByText("Draft")).toBeVisible();
    expect(screen.getByText("Late")).toBeVisible();
    expect(screen.getByText("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")).toBeVisible();
  });

  it("saves the narrative in each language and publishes after a confirmation", async () => {
    let report = monthlyReport();
    const bodies: unknown[] = [];
    signedInAs(socped, {
      "GET /api/v1/reports/monthly": () => json(report),
      "PUT /api/v1/reports/monthly/draft": async (request) => {
        const body = (await request.json()) as { narratives: { ky: string | null } };
        bodies.push(body);
        report = monthlyReport({ narrative: body.narratives.ky ?? "", narratives: body.narratives });
        return json(report);
      },
      "POST /api/v1/reports/monthly/publication": () => {
        report = monthlyReport({
          narrative: report.narrative,
          narratives: report.narratives,
          status: "published",
          published_at: "2026-11-26T09:00:00Z",
          versions: [{ version: 1, status: "published", published_at: "2026-11-26T09:00:00Z", changes: null }],
        });
        return json(report);
      },
    });
    const user = userEvent.setup();
    renderApp("/staff/reports?month=2026-10", "en");
    // The school's language (Kyrgyz) first; none is required, a narrative may wait.
    const narrative = await screen.findByRole("group", { name: "Narrative for the parents" });
    const fields = within(narrative).getAllByRole("textbox");
    expect(fields.map((field) => (field as HTMLTextAreaElement).labels?.[0]?.textContent)).toEqual([
      "Kyrgyz",
      "Russian",
      "English",
    ]);
    expect(fields.map((field) => field.getAttribute("lang"))).toEqual(["ky", "ru", "en"]);
    expect(within(narrative).getByText("Pages in a language left empty show the Kyrgyz text.")).toBeVisible();
    await fill(user, within(narrative).getByLabelText("Kyrgyz"), "Ата-энелер менен жолуктук.");
    await fill(user, within(narrative).getByLabelText("English"), "We met the parents.");
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByText("Saved.")).toBeVisible();
    expect(bodies).toEqual([{ narratives: { ky: "Ата-энелер менен жолуктук.", ru: null, en: "We met the parents." } }]);

    await user.click(screen.getByRole("button", { name: "Publish" }));
    const dialog = screen.getByRole("dialog", { name: "Publish the report of October 2026?" });
    await user.click(within(dialog).getByRole("button", { name: "Publish" }));
    expect(await screen.findByRole("button", { name: "Start a correction" })).toBeVisible();
    expect(screen.getByText("Published", { selector: ".badge" })).toBeVisible();
    expect(screen.getByText("We met the parents.")).toBeVisible();
  });

  it("asks what a correction changes before saving it", async () => {
    const bodies: unknown[] = [];
    signedInAs(socped, {
      "GET /api/v1/reports/monthly": () =>
        json(
          monthlyReport({
            status: "published",
            narrative: "First words.",
            published_at: "2026-11-03T06:00:00Z",
            versions: [{ version: 1, status: "published", published_at: "2026-11-03T06:00:00Z", changes: null }],
          }),
        ),
      "PUT /api/v1/reports/monthly/draft": async (request) => {
        bodies.push(await request.json());
        return json(monthlyReport({ version: 2, narrative: "Better words.", narratives: { ky: "Better words.", ru: null, en: null } }));
      },
    });
    const user = userEvent.setup();
    renderApp("/staff/reports?month=2026-10", "en");
    await user.click(await screen.findByRole("button", { name: "Start a correction" }));
    await user.click(screen.getByRole("button", { name: "Save the correction" }));
    expect(screen.getByText("Say what the correction changes.")).toBeVisible();
    expect(bodies).toEqual([]);

    await user.type(screen.getByLabelText("What the correction changes"), "A typo in the narrative.");
    // The narrative written before languages stands as the school's language's.
    const narrative = within(screen.getByRole("group", { name: "Narrative for the parents" })).getByLabelText("Kyrgyz");
    expect(narrative).toHaveValue("First words.");
    await user.clear(narrative);
    await user.type(narrative, "Better words.");
    await user.click(screen.getByRole("button", { name: "Save the correction" }));
    await waitFor(() =>
      expect(bodies).toEqual([
        { narratives: { ky: "Better words.", ru: null, en: null }, changes: "A typo in the narrative." },
      ]),
    );
  });

  it("says a month without an opening was not due one, and a month before the school had none", async () => {
    const figures = monthlyReport().figures;
    let shown = { ...figures, openings: [], schools_opened_as_required: 0, schools_no_opening_due: 1 };
    signedInAs(socped, {
      "GET /api/v1/reports/monthly": () => json(monthlyReport({ figures: shown })),
    });
    const { unmount } = renderApp("/staff/reports", "en");
    expect(
      await screen.findByText("The box was not opened this month, and no opening was due yet."),
    ).toBeVisible();
    expect(screen.queryByText("The box was opened as often as required.")).toBeNull();
    unmount();

    shown = { ...shown, schools: 0, schools_no_opening_due: 0 };
    renderApp("/staff/reports", "ru");
    expect(await screen.findByText("В этом месяце школа ещё не работала с Ишеним.")).toBeVisible();
  });

  it("says so when the month is not over", async () => {
    signedInAs(socped, {
      "GET /api/v1/reports/monthly": () =>
        json(monthlyReport({ month: "2026-11", status: "preview", version: 0, versions: [] })),
      "PUT /api/v1/reports/monthly/draft": () => problem(409, "month_not_over"),
    });
    const user = userEvent.setup();
    renderApp("/staff/reports?month=2026-11", "ru");
    const narrative = await screen.findByRole("group", { name: "Текст для родителей" });
    await fill(user, within(narrative).getByLabelText("Русский"), "Рано.");
    await user.click(screen.getByRole("button", { name: "Сохранить" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Месяц ещё не закончился");
  });

  it("shows an older version read-only, and lists the versions", async () => {
    const versions: (string | null)[] = [];
    signedInAs(socped, {
      "GET /api/v1/reports/monthly": (request) => {
        versions.push(new URL(request.url).searchParams.get("version"));
        return json(
          monthlyReport({
            version: 1,
            status: "published",
            narrative: "Old words.",
            versions: [
              { version: 2, status: "draft", published_at: null, changes: "A typo." },
              { version: 1, status: "published", published_at: "2026-11-03T06:00:00Z", changes: null },
            ],
          }),
        );
      },
    });
    renderApp("/staff/reports?month=2026-10&version=1", "en");
    expect(await screen.findByText("You are looking at an older version.")).toBeVisible();
    expect(screen.getByText("Old words.")).toBeVisible();
    expect(screen.queryByRole("group", { name: "Narrative for the parents" })).toBeNull();
    expect(screen.getByRole("link", { name: "Version 2" })).toHaveAttribute("href", "/staff/reports?month=2026-10&version=2");
    expect(versions).toEqual(["1"]);
  });

  it("downloads an export with the bearer token", async () => {
    const created: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return "blob:report";
    });
    // jsdom has no object URLs: the test gives them for its own duration.
    Object.assign(URL, { createObjectURL, revokeObjectURL: () => undefined });
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
    const auth: (string | null)[] = [];
    signedInAs(socped, {
      "GET /api/v1/reports/monthly": () => json(monthlyReport()),
      "GET /api/v1/reports/monthly/export": (request) => {
        auth.push(request.headers.get("Authorization"));
        expect(new URL(request.url).searchParams.get("format")).toBe("csv");
        return new Response("figure,count\nregistered,6\n", {
          headers: {
            "Content-Type": "text/csv",
            "Content-Disposition": 'attachment; filename="school-31-2026-10.csv"',
          },
        });
      },
    });
    const user = userEvent.setup();
    renderApp("/staff/reports?month=2026-10", "en");
    await user.click(await screen.findByRole("button", { name: "Export CSV" }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    expect(auth).toEqual(["Bearer access-1"]);
    expect(await created[0]?.text()).toContain("registered,6");
    click.mockRestore();
    // The object URL is let go a task after the click.
    await new Promise((resolve) => setTimeout(resolve, 0));
    Reflect.deleteProperty(URL, "createObjectURL");
    Reflect.deleteProperty(URL, "revokeObjectURL");
  });

  it("lets the district office read a school's report, without editing it", async () => {
    signedInAs(districtOfficer, {
      "GET /api/v1/reports/monthly": () => json(monthlyReport({ editable: false, narrative: "Words." })),
    });
    renderApp("/staff/reports?school=school-31&month=2026-10", "en");
    expect(await screen.findByText("Words.")).toBeVisible();
    expect(screen.queryByRole("button", { name: "Publish" })).toBeNull();
    expect(screen.queryByRole("group", { name: "Narrative for the parents" })).toBeNull();
  });
});
