import { readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const src = import.meta.dirname;

/** The files a module imports statically (what the browser downloads with it). */
function staticImports(file: string): string[] {
  const code = readFileSync(file, "utf8");
  const found: string[] = [];
  for (const match of code.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+"(\.[^"]+)"/gms)) {
    const [, specifier = ""] = match;
    const base = resolve(dirname(file), specifier);
    const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts")];
    const target = candidates.find((candidate) => {
      try {
        return readFileSync(candidate) && true;
      } catch {
        return false;
      }
    });
    if (target) found.push(target);
  }
  return found;
}

/** Every file the entry pulls in before any dynamic import, relative to `src/`. */
function firstVisit(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [join(src, entry)];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    const name = relative(src, file);
    if (seen.has(name)) continue;
    seen.add(name);
    queue.push(...staticImports(file));
  }
  return seen;
}

describe("the first visit", () => {
  const files = firstVisit("main.tsx");

  it("reaches the public pages", () => {
    expect(files).toContain("public/SchoolPage.tsx");
    expect(files).toContain("public/CheckPage.tsx");
    expect(files).toContain("public/LandingPage.tsx");
  });

  it("carries no staff page and no session code", () => {
    const staff = [...files].filter((file) => file.startsWith("staff/") || file.startsWith("auth/"));
    // The staff route table (lazy imports only) and the follower of the second-factor
    // requirement that every query client has.
    expect(staff.sort()).toEqual(["auth/enrolment.ts", "staff/routes.tsx"]);
  });

  it("carries no catalogue: they are loaded in the page's language", () => {
    expect([...files].filter((file) => file.endsWith(".json"))).toEqual([]);
  });
});
