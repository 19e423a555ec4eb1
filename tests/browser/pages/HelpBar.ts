import { expect, type Locator, type Page } from "@playwright/test";
import { text, type Language } from "../catalogues";

/** The phone screen every public page is checked on: a cheap phone. */
export const FIRST_SCREEN = { width: 360, height: 740 } as const;

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A helpline's link by the number in its name ("Милиция 102"), not by a digit inside another number. */
export function helplineLink(scope: Locator | Page, number: string): Locator {
  return scope.getByRole("link", { name: new RegExp(`(^|\\s)${escapeRegExp(number)}(\\s|\\)|$)`) });
}

/** "Need help right now?": the slim bar of helplines near the top of every public page. */
export class HelpBar {
  constructor(
    private readonly page: Page,
    private readonly language: Language = "ky",
  ) {}

  bar(): Locator {
    return this.page.getByRole("complementary", { name: text(this.language, "common:help.heading") });
  }

  link(number: string): Locator {
    return helplineLink(this.bar(), number);
  }

  async expectShown(): Promise<void> {
    await expect(this.bar()).toBeVisible();
    await expect(this.bar().getByText(text(this.language, "common:help.adult"), { exact: true })).toBeVisible();
  }
}

/**
 * The `tel:` link of `number` is on the first screen, seen without scrolling: its bottom edge
 * within the phone's height while the page is at its top.
 */
export async function expectOnFirstScreen(page: Page, link: Locator, number: string): Promise<void> {
  await expect(link).toBeVisible();
  await expect(link).toHaveAttribute("href", `tel:${number}`);
  expect(await page.evaluate(() => window.scrollY), "the page is not scrolled").toBe(0);
  const box = await link.boundingBox();
  expect(box, `the ${number} link has a box`).not.toBeNull();
  expect(box!.y, `the ${number} link starts on the screen`).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height, `the ${number} link ends within the first ${FIRST_SCREEN.height} px`).toBeLessThanOrEqual(
    FIRST_SCREEN.height,
  );
}
