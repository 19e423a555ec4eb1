import { expect, type Page } from "@playwright/test";
import { text, type Language } from "../catalogues";

/** `/`: what Ishenim is, a school's address, checking an appeal, staff sign-in. */
export class LandingPage {
  constructor(
    private readonly page: Page,
    private readonly language: Language = "ky",
  ) {}

  private t(key: string): string {
    return text(this.language, key);
  }

  async goto(): Promise<void> {
    await this.page.goto("/");
    await expect(this.page.getByRole("heading", { level: 1, name: this.t("landing:title") })).toBeVisible();
    await expect(this.page.getByText(this.t("landing:lead"))).toBeVisible();
  }

  async goToSchool(address: string): Promise<void> {
    await this.page.getByLabel(this.t("landing:school.label"), { exact: true }).fill(address);
    await this.page.getByRole("button", { name: this.t("landing:school.submit"), exact: true }).click();
  }

  checkLink() {
    return this.page.getByRole("link", { name: this.t("landing:check"), exact: true });
  }

  staffLink() {
    return this.page.getByRole("link", { name: this.t("landing:staff"), exact: true });
  }
}
