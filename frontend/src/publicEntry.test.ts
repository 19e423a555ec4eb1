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

/** The libraries a module imports statically (`react-router`, `@tanstack/react-query`). */
function libraryImports(file: string): string[] {
  const code = readFileSync(file, "utf8");
  return [...code.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+"([^.][^"]*)"/gms)].map(
    ([, specifier = ""]) => specifier,
  );
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
    expect(staff).toEqual([]);
  });

  it("carries neither the staff application's router nor its query cache", () => {
    const libraries = new Set([...files].flatMap((file) => libraryImports(join(src, file))));
    expect([...libraries]).toContain("react-i18next"); // the translations do come with it
    expect([...libraries].filter((library) => /^(react-router|@tanstack\/)/.test(library))).toEqual([]);
  });

  it("carries no catalogue: they are loaded in the page's language", () => {
    expect([...files].filter((file) => file.endsWith(".json"))).toEqual([]);
  });
});
