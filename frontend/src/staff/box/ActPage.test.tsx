import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { storeTokens } from "../../auth/session";
import { director, json, mockApi, problem, tokens, type Handler } from "../../test/api";
import { act, opening, OPENING_ID, schoolView, wg1 } from "../../test/box";
import { renderApp } from "../../test/render";

const path = `/api/v1/box-openings/${OPENING_ID}`;

function signedInAs(me: unknown, routes: Record<string, Handler>) {
  storeTokens(tokens(1));
  return mockApi({
    "GET /api/v1/me": () => json(me),
    "GET /api/v1/schools/school-31": () => json(schoolView),
    ...routes,
  });
}

function countOf(label: string): string {
  const row = screen.getByRole("rowheader", { name: label }).closest("tr");
  return within(row as HTMLElement).getByRole("cell").textContent ?? "";
}

describe("the act", () => {
  it("is written in the school's language whatever the page's language, with everything a paper act carries", async () => {
    signedInAs(wg1, { [`GET ${path}/act`]: () => json(act()) });
    renderApp(`/staff/box/${OPENING_ID}/act`, "en");
    const document = await screen.findByRole("article");
    expect(document).toHaveAttribute("lang", "ky");
    expect(screen.getByRole("heading", { level: 1, name: "Ишеним кутучасын ачуу жөнүндө № 2026/07 АКТ" })).toBeVisible();
    expect(within(document).getByText("School No. 31 Yntymak")).toBeVisible();
    expect(within(document).getByText("Пландуу ачуу")).toBeVisible();
    // Days and times in Kyrgyz, on the school's clock.
    expect(within(document).getAllByText("2026-жылдын 26-ноябры 15:52")[0]).toBeVisible();
    expect(within(document).getByRole("cell", { name: "Dinara Sydykova" })).toBeVisible();
    expect(within(document).getByRole("cell", { name: "Class teacher, grade 7" })).toBeVisible();
    expect(countOf("Онлайн жазылган кайрылуулар")).toBe("2");
    expect(countOf("Кагаз каттар")).toBe("3");
    expect(countOf("Кабыл алынган жок: уят сөздөр (3.3-пункт)")).toBe("1");
    expect(countOf("Кабыл алынган жок: кайрылуу эмес")).toBe("1");
    expect(countOf("Шашылыш кайрылуулар (коркунуч белгилери, 3.4-пункт)")).toBe("1");
    expect(countOf("Журналга катталды")).toBe("3");
    const numbers = screen.getByRole("region", { name: "Берилген каттоо номерлери" });
    expect(within(numbers).getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      "2026/14",
      "2026/15",
      "2026/16",
    ]);
    const journal = screen.getByRole("region", { name: "Журнал" });
    expect(within(journal).getByText("Каттоодон кийин журнал № 42 жазуу менен бүтөт, анын хэши:")).toBeVisible();
    expect(within(journal).getByText(act().journal_head.hash)).toBeVisible();
    expect(screen.getByRole("region", { name: "Жумушчу топтун мүчөлөрүнүн колдору" })).toBeVisible();

    // What is around the act speaks the page's language, and says in which language the act is.
    expect(screen.getByRole("button", { name: "Print" })).toBeVisible();
    expect(screen.getByText("The act is in the school's language: Кыргызча.")).toBeVisible();
    // Only the director acknowledges.
    expect(screen.queryByRole("button", { name: "Acknowledge the act" })).toBeNull();
  });

  it("is acknowledged by the director, and then says by whom", async () => {
    let acknowledged = false;
    signedInAs(director, {
      [`GET ${path}/act`]: () =>
        json(
          acknowledged
            ? act({ acknowledged_at: "2026-11-27T03:00:00Z", acknowledged_by: "Aida Kangeldieva (Director)" })
            : act(),
        ),
      [`POST ${path}/acknowledgement`]: () => {
        acknowledged = true;
        return json(opening({ status: "signed", act_number: "2026/07", acknowledged_at: "2026-11-27T03:00:00Z" }));
      },
    });
    const user = userEvent.setup();
    renderApp(`/staff/box/${OPENING_ID}/act`, "ru");
    expect(await screen.findByText("Директор алынганын азырынча ырастай элек.")).toBeVisible();
    await user.click(screen.getByRole("button", { name: "Подтвердить получение" }));
    const received = screen.getByRole("region", { name: "Директор алды (2.4-пункт)" });
    await waitFor(() =>
      expect(received).toHaveTextContent("Алынганын Aida Kangeldieva (Director) 2026-жылдын 27-ноябры 09:00 ырастады."),
    );
    expect(within(received).getByText("2026-жылдын 27-ноябры 09:00")).toHaveAttribute("datetime", "2026-11-27T03:00:00Z");
    expect(screen.queryByRole("button", { name: "Подтвердить получение" })).toBeNull();
  });

  it("says so when the act is not signed yet", async () => {
    signedInAs(wg1, { [`GET ${path}/act`]: () => problem(409, "act_not_signed") });
    renderApp(`/staff/box/${OPENING_ID}/act`, "en");
    expect(await screen.findByRole("alert")).toHaveTextContent("The act is not signed yet.");
    expect(screen.getByRole("link", { name: "Go to the opening" })).toHaveAttribute("href", `/staff/box/${OPENING_ID}`);
  });
});
