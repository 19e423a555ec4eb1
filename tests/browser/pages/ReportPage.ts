import { expect, type Page } from "@playwright/test";
import { inLanguage, text, type Language } from "../catalogues";

/** `/staff/reports`: the school's monthly report, its narrative and its publication. */
export class ReportPage {
  constructor(
    private readonly page: Page,
    private readonly language: Language = "ky",
  ) {}

  private t(key: string, values: Record<string, string> = {}): string {
    return text(this.language, key, values);
  }

  async expectShown(): Promise<void> {
    await expect(this.page.getByRole("heading", { level: 1, name: this.t("reports:title") })).toBeVisible();
    await expect(this.page).toHaveURL(/\/staff\/reports(\?.*)?$/);
  }

  month() {
    return this.page.getByLabel(this.t("reports:month"), { exact: true });
  }

  async expectMonth(month: string): Promise<void> {
    await expect(this.month()).toHaveValue(month);
  }

  status(key: "preview" | "draft" | "published") {
    return this.page.locator(".report-status").getByText(this.t(`reports:status.${key}`), { exact: true });
  }

  figures(captionKey: string) {
    return this.page.getByRole("table", { name: this.t(captionKey) });
  }

  /** The narrative's field of one language; the school's (Kyrgyz, the demo school's) by default. */
  narrative(language: Language = "ky") {
    return this.page
      .getByRole("group", { name: this.t("reports:narrative.label"), exact: true })
      .getByLabel(inLanguage(this.language, language), { exact: true });
  }

  /** Saves the narrative in the school's language, and in the others given. */
  async saveNarrative(words: string, others: Partial<Record<Language, string>> = {}): Promise<void> {
    await this.narrative().fill(words);
    for (const [language, value] of Object.entries(others)) await this.narrative(language as Language).fill(value);
    await this.page.getByRole("button", { name: this.t("reports:narrative.save"), exact: true }).click();
    await expect(this.page.getByRole("status").filter({ hasText: this.t("reports:narrative.saved") })).toBeVisible();
  }

  async publish(): Promise<void> {
    await this.page.getByRole("button", { name: this.t("reports:publish.button"), exact: true }).click();
    const dialog = this.page.getByRole("dialog");
    await expect(dialog).toBeVisible();
    await dialog.getByRole("button", { name: this.t("reports:publish.confirm"), exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(this.status("published")).toBeVisible();
  }
}
