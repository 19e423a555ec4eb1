import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { mockApi, problem } from "../test/api";
import { renderApp } from "../test/render";
import { telHref } from "./helplines";

describe("the help bar", () => {
  it("gives the national numbers as tel: links where no school is known, in Kyrgyz", () => {
    mockApi({});
    renderApp("/", "ky");
    const bar = screen.getByRole("complementary", { name: "Азыр жардам керекпи?" });
    expect(within(bar).getByRole("link", { name: "Балдардын ишеним телефону 111 (акысыз, 24/7)" })).toHaveAttribute(
      "href",
      "tel:111",
    );
    expect(within(bar).getByRole("link", { name: "Милиция 102" })).toHaveAttribute("href", "tel:102");
    expect(within(bar).getByRole("link", { name: "Тез жардам 112" })).toHaveAttribute("href", "tel:112");
    expect(within(bar).getByText("Бүгүн ишенген чоң кишиге айт.")).toBeVisible();
  });

  it("is on the check page, in the page's language", () => {
    mockApi({});
    renderApp("/check", "en");
    const bar = screen.getByRole("complementary", { name: "Need help right now?" });
    expect(within(bar).getByRole("link", { name: "Children's helpline 111 (free, 24/7)" })).toHaveAttribute(
      "href",
      "tel:111",
    );
    expect(within(bar).getByText("Tell an adult you trust today.")).toBeVisible();
  });

  it("shows the national numbers while a school loads and when it cannot be loaded", async () => {
    mockApi({ "GET /api/v1/schools/school-31/public": () => problem(503, "service_unavailable") });
    renderApp("/s/school-31", "ru");
    const bar = screen.getByRole("complementary", { name: "Нужна помощь прямо сейчас?" });
    expect(within(bar).getByRole("link", { name: /^Детский телефон доверия 111/ })).toHaveAttribute("href", "tel:111");
    expect(await screen.findByRole("alert")).toBeVisible();
    expect(screen.getByRole("complementary", { name: "Нужна помощь прямо сейчас?" })).toBeVisible();
  });

  it("dials a number without the spaces and hyphens people write in it", () => {
    expect(telHref("+996 312 62-12-12")).toBe("tel:+996312621212");
    expect(telHref("111")).toBe("tel:111");
  });
});
