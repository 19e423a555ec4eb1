import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { storeTokens } from "../../auth/session";
import { director, json, mockApi, problem, tokens, type Handler } from "../../test/api";
import { schoolView } from "../../test/box";
import { renderApp } from "../../test/render";

function signedInAs(me: unknown, routes: Record<string, Handler>) {
  storeTokens(tokens(1));
  return mockApi({
    "GET /api/v1/me": () => json(me),
    "GET /api/v1/schools/school-31": () => json(schoolView),
    ...routes,
  });
}

const seeded = {
  holidays: [
    { day: "2026-03-08", name: "International Women's Day" },
    { day: "2026-01-01", name: "New Year" },
  ],
};

describe("the holidays", () => {
  it("lists the school's holidays, adds and removes days, and saves the list", async () => {
    const saved: unknown[] = [];
    signedInAs(director, {
      "GET /api/v1/schools/school-31/holidays": () => json(seeded),
      "PUT /api/v1/schools/school-31/holidays": async (request) => {
        const body = (await request.json()) as { holidays: unknown[] };
        saved.push(body);
        return json(body);
      },
    });
    const user = userEvent.setup();
    renderApp("/staff/settings/holidays", "en");
    const list = await screen.findByRole("list", { name: "Holidays" });
    expect(within(list).getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      "New YearJanuary 1, 2026Remove",
      "International Women's DayMarch 8, 2026Remove",
    ]);
    expect(screen.getByText("2 holidays.")).toBeVisible();
    expect(screen.getByRole("button", { name: "Save the holidays" })).toBeDisabled();

    const add = screen.getByRole("form", { name: "Add a holiday" });
    await user.click(within(add).getByRole("button", { name: "Add to the list" }));
    expect(within(add).getByText("Give the day.")).toBeVisible();
    await user.type(within(add).getByLabelText("Day"), "2026-01-01");
    await user.type(within(add).getByLabelText("Name"), "Again");
    await user.click(within(add).getByRole("button", { name: "Add to the list" }));
    expect(within(add).getByText("This day is already in the list.")).toBeVisible();
    await user.clear(within(add).getByLabelText("Day"));
    await user.type(within(add).getByLabelText("Day"), "2026-03-20");
    await user.clear(within(add).getByLabelText("Name"));
    await user.type(within(add).getByLabelText("Name"), "Orozo Ait");
    await user.click(within(add).getByRole("button", { name: "Add to the list" }));
    await user.click(screen.getByRole("button", { name: "Remove International Women's Day (March 8, 2026)" }));
    expect(screen.getByText("The list has changed. Save it for the deadlines to count it.")).toBeVisible();

    await user.click(screen.getByRole("button", { name: "Save the holidays" }));
    expect(await screen.findByText("The holidays are saved.")).toBeVisible();
    expect(saved).toEqual([
      {
        holidays: [
          { day: "2026-01-01", name: "New Year" },
          { day: "2026-03-20", name: "Orozo Ait" },
        ],
      },
    ]);
    expect(screen.queryByText("The list has changed. Save it for the deadlines to count it.")).toBeNull();
  });

  it("shows the server's refusal in the page's language", async () => {
    signedInAs(
      { ...director, roles: ["school_admin"] },
      {
        "GET /api/v1/schools/school-31/holidays": () => json(seeded),
        "PUT /api/v1/schools/school-31/holidays": () => problem(403, "forbidden"),
      },
    );
    const user = userEvent.setup();
    renderApp("/staff/settings/holidays", "ky");
    await user.click(await screen.findByRole("button", { name: /^Алып салуу: New Year/ }));
    await user.click(screen.getByRole("button", { name: "Майрамдарды сактоо" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Бул аракетке укугуңуз жок.");
  });
});
