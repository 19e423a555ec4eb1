import { expect, type Page } from "@playwright/test";
import { text, type Language } from "../catalogues";

/** `/staff/district/settings`: the district administrator's settings of the whole district. */
export class DistrictSettingsPage {
  constructor(
    private readonly page: Page,
    private readonly language: Language = "ky",
  ) {}

  private t(key: string): string {
    return text(this.language, key);
  }

  async expectShown(): Promise<void> {
    await expect(this.page.getByRole("heading", { level: 1, name: this.t("district:settings.title") })).toBeVisible();
    await expect(this.page).toHaveURL(/\/staff\/district\/settings$/);
  }

  twoFactorRequired() {
    return this.page.getByRole("checkbox", { name: this.t("district:settings.two_factor"), exact: true });
  }

  warning() {
    return this.page.getByText(this.t("district:settings.warning"), { exact: true });
  }

  warningAboutOneself() {
    return this.page.getByText(this.t("district:settings.warning_self"), { exact: true });
  }

  /** The editor of the district's helplines. */
  helplines() {
    return this.page.getByRole("form", { name: this.t("district:settings.helplines.heading") });
  }

  /** The fields of the n-th helpline (from 1), as the editor numbers them. */
  helpline(n: number) {
    return this.helplines().getByRole("group", {
      name: text(this.language, "district:settings.helplines.row", { number: String(n) }),
      exact: true,
    });
  }

  helplineNumber(n: number) {
    return this.helpline(n).getByLabel(this.t("district:settings.helplines.number"), { exact: true });
  }

  async saveHelplines(): Promise<void> {
    await this.helplines().getByRole("button", { name: this.t("district:settings.helplines.save"), exact: true }).click();
  }
}
