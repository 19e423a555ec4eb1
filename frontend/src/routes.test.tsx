import { screen } from "@testing-library/react";
import type { RouteObject } from "react-router";
import { describe, expect, it } from "vitest";
import { staffApplicationRoutes } from "./staff/routes";
import { renderApp } from "./test/render";

describe("unknown addresses", () => {
  it("show a translated not-found page", () => {
    renderApp("/no/such/page", "en");
    expect(screen.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  });

});

/** The routes loaded on demand that are reached first: their parents are part of the first load. */
function firstLazyRoutes(tree: RouteObject[]): RouteObject[] {
  return tree.flatMap((route) => (route.lazy ? [route] : firstLazyRoutes(route.children ?? [])));
}

describe("pages loaded on demand", () => {
  it("show the frame and a loading line while their code arrives", async () => {
    renderApp("/staff/login", "en");
    expect(screen.getByRole("link", { name: /^Ishenim/ })).toBeVisible();
    expect(screen.getByRole("status")).toHaveTextContent("Loading…");
    expect(await screen.findByRole("heading", { level: 1, name: "Staff sign-in" })).toBeVisible();
  });

  it("each have a fallback for a direct load", () => {
    const lazy = firstLazyRoutes(staffApplicationRoutes);
    expect(lazy.length).toBeGreaterThan(0);
    for (const route of lazy) expect(route.HydrateFallback, route.path).toBeDefined();
  });
});
