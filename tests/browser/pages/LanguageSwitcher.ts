import { expect, type Page } from "@playwright/test";
import { LANGUAGE_NAMES, text, type Language } from "../catalogues";

/** The language buttons in the header of every page. */
export class LanguageSwitcher {
  constructor(private readonly page: Page) {}

  /** Switches to `language` from whatever language the page is in now. */
  async choose(language: Language): Promise<void> {
    const button = this.page.getByRole("button", { name: LANGUAGE_NAMES[language], exact: true });
    await button.click();
    await expect(button).toHaveAttribute("aria-pressed", "true");
  }

  async expectVisible(language: Language): Promise<void> {
    await expect(this.page.getByRole("navigation", { name: text(language, "common:language") })).toBeVisible();
  }
}
