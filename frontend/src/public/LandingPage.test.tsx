import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { json, mockApi } from "../test/api";
import { school31 } from "../test/public";
import { renderApp } from "../test/render";
import { slugFrom } from "./LandingPage";

describe("the start page", () => {
  it("says what Ishenim is and leads to checking an appeal and to staff sign-in, without a session", () => {
    renderApp("/", "en");
    expect(screen.getByRole("heading", { level: 1, name: "Ishenim — the school trust box" })).toBeVisible();
    expect(screen.getByRole("link", { name: "Check my appeal" })).toHaveAttribute("href", "/check");
    expect(screen.getByRole("link", { name: "Staff sign-in" })).toHaveAttribute("href", "/staff/login");
  });

  it("takes a school's address to its trust box", async () => {
    mockApi({ "GET /api/v1/schools/school-31/public": () => json(school31) });
    const user = userEvent.setup();
    renderApp("/", "en");
    await user.type(screen.getByLabelText("Your school's address"), " School-31 ");
    await user.click(screen.getByRole("button", { name: "Go to the school's trust box" }));
    expect(await screen.findByRole("heading", { level: 1, name: "School No. 31 Yntymak" })).toBeVisible();
    expect(window.location.pathname).toBe("/s/school-31");
  });

  it("asks for the address when none is typed", async () => {
    const user = userEvent.setup();
    renderApp("/", "ky");
    await user.click(screen.getByRole("button", { name: "Мектептин ишеним кутучасына өтүү" }));
    expect(screen.getByLabelText("Мектебиңиздин дареги")).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByText("Мектебиңиздин дарегин жазыңыз.")).toBeVisible();
    expect(window.location.pathname).toBe("/");
  });
});

describe("slugFrom", () => {
  it("takes the slug itself or the address on the poster", () => {
    expect(slugFrom("school-31")).toBe("school-31");
    expect(slugFrom("https://ishenim.example.kg/s/school-31")).toBe("school-31");
    expect(slugFrom("ishenim.example.kg/s/school-31?x=1")).toBe("school-31");
    expect(slugFrom("  ")).toBe("");
  });
});
