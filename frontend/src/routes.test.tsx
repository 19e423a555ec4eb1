import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderApp } from "./test/render";

describe("unknown addresses", () => {
  it("show a translated not-found page", () => {
    renderApp("/no/such/page", "en");
    expect(screen.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  });
});
