import { expect, type Page } from "@playwright/test";
import { text, type Language } from "../catalogues";

/** The columns of the schools' table after the school's name, in order. */
const DISTRICT_COLUMNS = ["box", "report", "open", "overdue", "urgent_unreferred", "journal"] as const;
export type DistrictColumn = (typeof DISTRICT_COLUMNS)[number];

/** `/staff/district`: the district office's dashboard of its schools. */
export class DistrictPage {
  constructor(
    private readonly page: Page,
    private readonly language: Language = "ky",
  ) {}

  private t(key: string): string {
    return text(this.language, key);
  }

  async expectShown(): Promise<void> {
    await expect(this.page.getByRole("heading", { level: 1, name: this.t("district:title") })).toBeVisible();
    await expect(this.page).toHaveURL(/\/staff\/district$/);
  }

  schools() {
    return this.page.getByRole("table");
  }

  /** The row of a school, by its name. */
  school(name: string) {
    return this.schools()
      .getByRole("row")
      .filter({ has: this.page.getByRole("rowheader", { name, exact: true }) });
  }

  /** The report cell of a school's row, which says the state of its report. */
  report(name: string) {
    return this.cell(name, "report");
  }

  /** A cell of a school's row, by its column. */
  cell(name: string, column: DistrictColumn) {
    return this.school(name).getByRole("cell").nth(DISTRICT_COLUMNS.indexOf(column));
  }

  columnHeader(column: DistrictColumn | "school") {
    return this.schools().getByRole("columnheader", { name: this.t(`district:schools.columns.${column}`), exact: true });
  }

  referralInbox() {
    return this.page.getByRole("link", { name: this.t("district:referral_inbox"), exact: true });
  }

  /** The link to the district's settings, offered to its administrator. */
  settingsLink() {
    return this.page.getByRole("link", { name: this.t("district:settings.title"), exact: true });
  }
}
