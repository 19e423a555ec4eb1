import { expect, type Page } from "@playwright/test";
import { text, type Language } from "../catalogues";
import { shownRegistrationNumber } from "./registrationNumber";

/** `/staff/journal`: the verified journal of registered appeals. */
export class JournalPage {
  constructor(
    private readonly page: Page,
    private readonly language: Language = "ky",
  ) {}

  private t(key: string, values: Record<string, string> = {}): string {
    return text(this.language, key, values);
  }

  async expectShown(): Promise<void> {
    await expect(this.page.getByRole("heading", { level: 1, name: this.t("journal:title") })).toBeVisible();
    await expect(this.page).toHaveURL(/\/staff\/journal$/);
  }

  verification() {
    return this.page.getByRole("region", { name: this.t("journal:verification.heading") });
  }

  async expectValid(): Promise<void> {
    await expect(this.verification().getByText(this.t("journal:verification.valid"), { exact: true })).toBeVisible();
  }

  columnHeader(column: "number" | "date" | "official" | "measures" | "channel" | "writer" | "categories" | "urgent" | "status") {
    return this.table().getByRole("columnheader", { name: this.t(`journal:columns.${column}`), exact: true });
  }

  table() {
    return this.page.getByRole("table", { name: this.t("journal:rows.heading") });
  }

  /** The row of a registration number, turning the pages until it is found. */
  async row(registrationNumber: string) {
    const name = shownRegistrationNumber(registrationNumber);
    const header = this.table().getByRole("rowheader", { name, exact: true });
    const next = this.page.getByRole("button", { name: this.t("journal:pager.next"), exact: true });
    await expect(this.table()).toBeVisible();
    while (!(await header.isVisible()) && (await next.isVisible()) && (await next.isEnabled())) {
      await next.click();
    }
    await expect(header).toBeVisible();
    // `has` looks inside each row.
    return this.table()
      .getByRole("row")
      .filter({ has: this.page.getByRole("rowheader", { name, exact: true }) });
  }
}
