import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** The rules of WCAG 2.0, 2.1 and 2.2 at levels A and AA, as axe-core tags them. */
export const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** Every page state checked in this run, for the summary printed at the end of the spec. */
export const checkedStates: string[] = [];

/**
 * Runs axe-core (shipped in the test's own packages, injected into the page) on the page as
 * it stands, once nothing is loading any more, and fails with each violation and where it is.
 */
export async function expectAccessible(page: Page, state: string): Promise<void> {
  await page.waitForLoadState("networkidle");
  await expect(page.locator("p.loading-line")).toHaveCount(0);
  const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  const violations = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? "?"}): ${violation.help} — ${violation.nodes
        .map((node) => node.target.join(" "))
        .join("; ")}`,
  );
  checkedStates.push(state);
  // Soft: one run lists the violations of every state, not only the first state that has any.
  expect.soft(violations, `axe (WCAG 2.2 AA) on ${state}`).toEqual([]);
}
