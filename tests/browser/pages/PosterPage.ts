import { expect, type Page } from "@playwright/test";
import { LANGUAGES, text, type Language } from "../catalogues";

/** `/s/:slug/poster`: the printable A4 poster. */
export class PosterPage {
  constructor(
    private readonly page: Page,
    private readonly language: Language = "ky",
  ) {}

  async goto(slug: string, schoolName: string): Promise<void> {
    await this.page.goto(`/s/${slug}/poster`);
    await expect(this.page.getByRole("heading", { level: 1, name: schoolName })).toBeVisible();
  }

  qrCode() {
    return this.page.getByRole("img", { name: text(this.language, "poster:qr_label") });
  }

  /** The instructions in `language`, whatever language the page is in. */
  column(language: Language) {
    return this.page.getByRole("region", { name: text(language, "poster:heading") });
  }

  async expectThreeLanguages(): Promise<void> {
    for (const language of LANGUAGES) {
      const column = this.column(language);
      await expect(column).toBeVisible();
      await expect(column).toHaveAttribute("lang", language);
      await expect(column.getByText(text(language, "poster:steps.write"))).toBeVisible();
      await expect(column.getByText(text(language, "poster:steps.help"))).toBeVisible();
    }
  }

  printButton() {
    return this.page.getByRole("button", { name: text(this.language, "poster:print"), exact: true });
  }
}
