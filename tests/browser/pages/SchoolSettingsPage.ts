import { expect, type Page } from "@playwright/test";
import { text, type Language } from "../catalogues";

/** `/staff/settings/school`: the school's name and the settings of its trust-box process. */
export class SchoolSettingsPage {
  constructor(
    private readonly page: Page,
    private readonly language: Language = "ky",
  ) {}

  private t(key: string): string {
    return text(this.language, key);
  }

  async expectShown(): Promise<void> {
    await expect(this.page.getByRole("heading", { level: 1, name: this.t("admin:settings.title") })).toBeVisible();
    await expect(this.page).toHaveURL(/\/staff\/settings\/school$/);
  }

  form() {
    return this.page.getByRole("form", { name: this.t("admin:settings.title") });
  }

  quorum() {
    return this.form().getByLabel(this.t("admin:settings.quorum"), { exact: true });
  }

  async save(): Promise<void> {
    await this.form().getByRole("button", { name: this.t("admin:settings.save"), exact: true }).click();
  }

  saved() {
    return this.form().getByRole("status").filter({ hasText: this.t("admin:settings.saved") });
  }
}
