import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { storeTokens } from "../../auth/session";
import { director, json, mockApi, tokens, type Handler } from "../../test/api";
import { OPENING_ID, opening, retrieved, schoolView, wg1 } from "../../test/box";
import { CASE_ID, caseFile } from "../../test/cases";
import { renderApp } from "../../test/render";

function signedInAs(me: unknown, routes: Record<string, Handler>) {
  storeTokens(tokens(1));
  return mockApi({
    "GET /api/v1/me": () => json(me),
    "GET /api/v1/schools/school-31": () => json(schoolView),
    ...routes,
  });
}

const KYRGYZ_APPEAL = "Ашканада тамак муздак, балдар ачка калышат.";
const RUSSIAN_DRAFT = "Здравствуйте! Мы прочитали ваше обращение, столовая будет проверена.";
const KYRGYZ_DRAFT = "Саламатсызбы! Арызыңызды окудук, ашкананы текшерүү үчүн чара көрөбүз.";

describe("the writer's language", () => {
  it("shows on each online appeal of the opening, in the page's language, and not on a paper note", async () => {
    const path = `/api/v1/box-openings/${OPENING_ID}`;
    signedInAs(wg1, {
      [`GET ${path}`]: () => json(opening({ status: "open", confirmations_needed: 0 })),
      [`GET ${path}/appeals`]: () =>
        json([
          retrieved({ text: KYRGYZ_APPEAL, language: "ky" }),
          retrieved({ id: "46335813-e1fb-4963-ab66-7e7d1ecb2971", channel: "paper", text: "A note.", language: "ky" }),
        ]),
    });
    renderApp(`/staff/box/${OPENING_ID}`, "ru");
    const first = await screen.findByRole("article", { name: "Обращение 1" });
    expect(within(first).getByText("Написано на кыргызском")).toBeVisible();
    expect(within(first).getByText(KYRGYZ_APPEAL)).toHaveAttribute("lang", "ky");
    const paper = screen.getByRole("article", { name: "Обращение 2" });
    expect(within(paper).queryByText(/Написано на/)).toBeNull();
  });

  it("shows on the case, guides the answer to it and warns while the draft is in another language", async () => {
    signedInAs(director, {
      [`GET /api/v1/cases/${CASE_ID}`]: () => json(caseFile({ text: KYRGYZ_APPEAL, language: "ky" })),
    });
    const user = userEvent.setup();
    renderApp(`/staff/cases/${CASE_ID}`, "en");
    expect(await screen.findByText("Written in Kyrgyz")).toBeVisible();
    expect(screen.getByText(KYRGYZ_APPEAL)).toHaveAttribute("lang", "ky");
    const form = screen.getByRole("form", { name: "Answer the writer" });
    expect(within(form).getByText("Answer in Kyrgyz: the writer wrote in Kyrgyz.")).toBeVisible();
    const answer = within(form).getByLabelText("Answer");
    expect(answer).toHaveAttribute("lang", "ky");

    const warning = /This draft looks written in Russian, but the writer wrote in Kyrgyz/;
    await user.type(answer, "Спасибо.");
    expect(within(form).queryByText(warning)).toBeNull();
    await user.clear(answer);
    await user.type(answer, RUSSIAN_DRAFT);
    expect(within(form).getByText(warning)).toBeVisible();
    await user.clear(answer);
    await user.type(answer, KYRGYZ_DRAFT);
    expect(within(form).queryByText(warning)).toBeNull();
  });

  it("is not claimed for a paper note, which only carries the school's language", async () => {
    signedInAs(director, {
      [`GET /api/v1/cases/${CASE_ID}`]: () => json(caseFile({ language: "ky" }, { channel: "paper" })),
    });
    renderApp(`/staff/cases/${CASE_ID}`, "en");
    const form = await screen.findByRole("form", { name: "Answer the writer" });
    expect(screen.queryByText("Written in Kyrgyz")).toBeNull();
    expect(within(form).queryByText(/^Answer in/)).toBeNull();
  });
});
