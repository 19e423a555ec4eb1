import { expect, type Page } from "@playwright/test";
import { text, type Language } from "../catalogues";
import { valueBeside } from "./definitions";

/** `/s/:slug/reports`: a school's published monthly report, as parents read it. */
export class ParentsReportPage {
  constructor(
    private readonly page: Page,
    private readonly language: Language = "ky",
  ) {}

  private t(key: string): string {
    return text(this.language, key);
  }

  async expectShown(schoolName: string): Promise<void> {
    await expect(this.page.getByRole("heading", { level: 1, name: schoolName })).toBeVisible();
    await expect(this.page).toHaveURL(/\/s\/[^/]+\/reports(\/[^/]+)?$/);
  }

  narrative() {
    return this.page.getByRole("region", { name: this.t("reports:parents.narrative") });
  }

  counts() {
    return this.page.getByRole("region", { name: this.t("reports:parents.counts_heading") });
  }

  /** The count shown beside a label, e.g. `count("registered")`. */
  async count(key: string) {
    const counts = this.counts();
    return valueBeside(counts, this.t(`reports:parents.counts.${key}`));
  }

  categories() {
    return this.page.getByRole("region", { name: this.t("reports:parents.categories") });
  }
}
