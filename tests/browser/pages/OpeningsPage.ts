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

  /** "N appeals are waiting in the box, sealed", for any N of at least `atLeast`. */
  async expectSealedAtLeast(atLeast: number): Promise<number> {
    const line = this.status().getByRole("listitem").first();
    const shown = (await line.textContent())?.trim() ?? "";
    const count = Number.parseInt(shown.replace(/\D+/g, " ").trim().split(" ")[0] ?? "", 10);
    expect(count, shown).toBeGreaterThanOrEqual(atLeast);
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
