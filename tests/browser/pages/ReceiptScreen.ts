import { expect, type Page } from "@playwright/test";
import { plural, text, type Language } from "../catalogues";

const RECEIPT = /^\d{4}-\d{4}-\d{4}-\d{4}$/;

/** What the school page shows once an appeal is dropped: the receipt, shown once. */
export class ReceiptScreen {
  constructor(
    private readonly page: Page,
    private readonly language: Language = "ky",
  ) {}

  private t(key: string, values: Record<string, string> = {}): string {
    return text(this.language, key, values);
  }

  heading() {
    return this.page.getByRole("heading", { level: 1, name: this.t("appeal:receipt.title") });
  }

  card() {
    return this.page.getByRole("region", { name: this.t("appeal:receipt.heading") });
  }

  async expectShown(): Promise<void> {
    await expect(this.heading()).toBeVisible();
    await expect(this.heading()).toBeFocused();
    await expect(this.card().getByText(RECEIPT)).toBeVisible();
  }

  /** The receipt as shown: 1234-5678-9012-3456. */
  async receipt(): Promise<string> {
    const code = (await this.card().getByText(RECEIPT).textContent())?.trim() ?? "";
    expect(code).toMatch(RECEIPT);
    return code;
  }

  /** The day the appeal was dropped (YYYY-MM-DD), from the sentence that says so. */
  async submittedOn(): Promise<string> {
    const day = await this.page.getByRole("main").locator("time").first().getAttribute("datetime");
    expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    return day ?? "";
  }

  async expectKeepingAndNextSteps(openingMonths: number, answerDays: number): Promise<void> {
    const card = this.card();
    await expect(card.getByRole("button", { name: this.t("appeal:receipt.copy"), exact: true })).toBeVisible();
    await expect(card.getByRole("button", { name: this.t("appeal:receipt.print"), exact: true })).toBeVisible();
    await expect(card.getByRole("button", { name: this.t("appeal:receipt.save"), exact: true })).toBeVisible();
    await expect(card.getByText(this.t("appeal:receipt.warning_title"))).toBeVisible();
    await expect(card.getByText(this.t("appeal:receipt.warning"))).toBeVisible();
    const next = this.page.getByRole("region", { name: this.t("appeal:receipt.next_heading") });
    const opening =
      openingMonths === 1
        ? this.t("appeal:receipt.next_opening_monthly")
        : plural(this.language, "appeal:receipt.next_opening", openingMonths);
    await expect(next.getByText(opening)).toBeVisible();
    await expect(next.getByText(plural(this.language, "appeal:receipt.next_answer", answerDays))).toBeVisible();
  }

  /** "I have saved my receipt": until then the tab keeps it, through a reload. */
  async confirmSaved(): Promise<void> {
    await this.card().getByRole("button", { name: this.t("appeal:receipt.confirm"), exact: true }).click();
    await expect(this.page.getByText(this.t("appeal:receipt.confirmed"))).toBeVisible();
  }

  /** For an urgent appeal, first on the screen: who was alerted and the numbers to call. */
  urgentHelp() {
    return this.page.getByRole("region", { name: this.t("common:help.urgent_heading") });
  }

  async expectUrgentHelp(): Promise<void> {
    const help = this.urgentHelp();
    await expect(help).toBeVisible();
    await expect(help.getByText(this.t("appeal:urgent.alerted"))).toBeVisible();
    await expect(help.getByText(this.t("common:help.call"))).toBeVisible();
    for (const number of ["111", "102", "112"]) {
      await expect(help.getByRole("link", { name: new RegExp(`(^|\\s)${number}(\\s|$)`) })).toHaveAttribute(
        "href",
        `tel:${number}`,
      );
    }
    await expect(help.getByText(this.t("common:help.adult"))).toBeVisible();
    // First: before the news of the drop and the receipt.
    const helpBox = await help.boundingBox();
    const cardBox = await this.card().boundingBox();
    expect(helpBox && cardBox && helpBox.y < cardBox.y).toBe(true);
  }

  /** Saves the receipt as a file and returns what the file says. */
  async saveAsFile(): Promise<{ name: string; content: string }> {
    const download = this.page.waitForEvent("download");
    await this.card().getByRole("button", { name: this.t("appeal:receipt.save"), exact: true }).click();
    const file = await download;
    const stream = await file.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    await expect(this.card().getByRole("status")).toHaveText(this.t("appeal:receipt.saved"));
    return { name: file.suggestedFilename(), content: Buffer.concat(chunks).toString("utf8") };
  }

  async goToCheck(): Promise<void> {
    await this.page.getByRole("link", { name: this.t("appeal:receipt.check_link"), exact: true }).click();
  }
}
