import { expect, type Page } from "@playwright/test";
import { plural, text, type Language } from "../catalogues";

/** `/staff/box`: the box's status, the opening in progress or starting one, the past acts. */
export class OpeningsPage {
  constructor(
    private readonly page: Page,
    private readonly language: Language = "ky",
  ) {}

  private t(key: string, values: Record<string, string> = {}): string {
    return text(this.language, key, values);
  }

  async goto(): Promise<void> {
    await this.page.goto("/staff/box");
    await this.expectShown();
  }

  async expectShown(): Promise<void> {
    await expect(this.page.getByRole("heading", { level: 1, name: this.t("box:title") })).toBeVisible();
    await expect(this.page).toHaveURL(/\/staff\/box$/);
    await expect(this.status()).toBeVisible();
  }

  status() {
    return this.page.getByRole("region", { name: this.t("box:status.heading") });
  }

  /**
   * The count of sealed appeals the page shows ("N appeals are waiting in the box, sealed", or
   * that none are), which leaves out today's drops: it says so beside it.
   */
  async sealedCount(): Promise<number> {
    const line = this.status().getByRole("listitem").first();
    await expect(this.status().getByText(this.t("box:status.as_of_this_morning"), { exact: true })).toBeVisible();
    const shown = (await line.textContent())?.trim() ?? "";
    if (shown === this.t("box:status.empty")) return 0;
    const count = Number.parseInt(shown.replace(/\D+/g, " ").trim().split(" ")[0] ?? "", 10);
    await expect(line).toHaveText(plural(this.language, "box:status.sealed", count));
    return count;
  }

  startButton() {
    return this.page.getByRole("button", { name: this.t("box:start.regular"), exact: true });
  }

  async start(): Promise<void> {
    await this.startButton().click();
  }

  async goToOpeningInProgress(): Promise<void> {
    await expect(this.page.getByRole("heading", { name: this.t("box:now.in_progress") })).toBeVisible();
    await this.page.getByRole("link", { name: this.t("box:now.go"), exact: true }).click();
  }

  pastOpenings() {
    return this.page.getByRole("region", { name: this.t("box:list.heading") });
  }
}
