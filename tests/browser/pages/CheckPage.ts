import { expect, type Page } from "@playwright/test";
import { text, type Language } from "../catalogues";
import { LanguageSwitcher } from "./LanguageSwitcher";
import { valueBeside } from "./definitions";

export type TrackedStatus = "sealed" | "registered" | "in_progress" | "answered" | "closed" | "not_accepted";

/** `/check`: the writer reads the appeal through the receipt, and replies. */
export class CheckPage {
  readonly languages: LanguageSwitcher;

  constructor(
    private readonly page: Page,
    private language: Language = "ky",
  ) {
    this.languages = new LanguageSwitcher(page);
  }

  private t(key: string, values: Record<string, string> = {}): string {
    return text(this.language, key, values);
  }

  async goto(): Promise<void> {
    await this.page.goto("/check");
    await this.expectShown();
  }

  async expectShown(): Promise<void> {
    await expect(this.page.getByRole("heading", { level: 1, name: this.t("track:title") })).toBeVisible();
    await expect(this.page).toHaveURL(/\/check$/);
  }

  async check(receipt: string): Promise<void> {
    await this.page.getByLabel(this.t("track:receipt_label"), { exact: true }).fill(receipt);
    await this.page.getByRole("button", { name: this.t("track:submit"), exact: true }).click();
  }

  result() {
    return this.page.getByRole("region", { name: this.t("track:result_heading") });
  }

  /** The value beside a label of the result, e.g. `fact("track:status")`. */
  async fact(labelKey: string) {
    const result = this.result();
    await expect(result).toBeVisible();
    return valueBeside(result, this.t(labelKey));
  }

  async expectStatus(status: TrackedStatus): Promise<void> {
    await expect(await this.fact("track:status")).toHaveText(this.t(`track:statuses.${status}`));
    await expect(this.result().getByText(this.t(`track:explanations.${status}`))).toBeVisible();
  }

  async expectKind(anonymous: boolean): Promise<void> {
    await expect(await this.fact("track:kind")).toHaveText(this.t(anonymous ? "track:anonymous" : "track:signed"));
  }

  async reply(message: string, files: { name: string; mimeType: string; buffer: Buffer }[] = []): Promise<void> {
    await this.result().getByLabel(this.t("track:reply_label"), { exact: true }).fill(message);
    if (files.length > 0) {
      await this.result().getByLabel(this.t("appeal:files.label"), { exact: true }).setInputFiles(files);
      await expect(this.result().getByText(this.t("appeal:files.ready"), { exact: true })).toHaveCount(files.length);
    }
    await this.result().getByRole("button", { name: this.t("track:reply_submit"), exact: true }).click();
  }

  alert() {
    return this.page.getByRole("alert");
  }
}
