import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderLoadedApp } from "../test/render";

describe("the language switcher", () => {
  it("is on every page, switches the text and remembers the choice", async () => {
    await renderLoadedApp("/staff/login");
    const user = userEvent.setup();
    const switcher = screen.getByRole("navigation", { name: "Тил" });
    expect(switcher).toBeVisible();
    expect(screen.getByRole("button", { name: "Кыргызча" })).toHaveAttribute("aria-pressed", "true");

    await user.click(screen.getByRole("button", { name: "Русский" }));
    expect(screen.getByRole("heading", { level: 1, name: "Вход для сотрудников" })).toBeVisible();
    expect(screen.getByRole("button", { name: "Русский" })).toHaveAttribute("aria-pressed", "true");
    expect(window.localStorage.getItem("ishenim.language")).toBe("ru");
    expect(document.documentElement.lang).toBe("ru");

    await user.click(screen.getByRole("button", { name: "English" }));
    expect(screen.getByRole("button", { name: "Sign in" })).toBeVisible();
  });

  it("starts in the language chosen before", async () => {
    window.localStorage.setItem("ishenim.language", "en");
    await renderLoadedApp("/staff/login");
    expect(screen.getByRole("heading", { level: 1, name: "Staff sign-in" })).toBeVisible();
  });
});
