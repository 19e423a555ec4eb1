import { expect, type Download, type Locator, type Page } from "@playwright/test";
import { plural, text, type Language } from "../catalogues";

export type NotAcceptedReason = "obscene_language" | "not_an_appeal";

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** `/staff/box/:id`: one opening, from gathering the quorum to the signed act. */
export class OpeningPage {
  constructor(
    private readonly page: Page,
    private readonly language: Language = "ky",
  ) {}

  private t(key: string, values: Record<string, string> = {}): string {
    return text(this.language, key, values);
  }

  async expectShown(extraordinary = false): Promise<void> {
    const title = this.t(extraordinary ? "box:opening.title_extraordinary" : "box:opening.title");
    await expect(this.page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(this.page).toHaveURL(/\/staff\/box\/[0-9a-f-]{36}$/);
  }

  /** The opening's id, from the address. */
  id(): string {
    return /\/staff\/box\/([0-9a-f-]{36})/.exec(this.page.url())?.[1] ?? "";
  }

  async expectConfirmationsNeeded(count: number): Promise<void> {
    await expect(this.page.getByText(plural(this.language, "box:opening.confirmations_needed", count))).toBeVisible();
  }

  members() {
    return this.page.getByRole("region", { name: this.t("box:members.heading") });
  }

  async expectMembers(fullNames: string[]): Promise<void> {
    const items = this.members().getByRole("listitem");
    await expect(items).toHaveCount(fullNames.length);
    for (const name of fullNames) await expect(items.filter({ hasText: name })).toHaveCount(1);
  }

  /** The members of the working group who have not confirmed yet. */
  async expectExpected(fullNames: string[]): Promise<void> {
    const expected = this.page.getByRole("region", { name: this.t("box:members.expected") });
    if (fullNames.length === 0) {
      await expect(expected).toHaveCount(0);
      return;
    }
    const items = expected.getByRole("listitem");
    await expect(items).toHaveCount(fullNames.length);
    for (const name of fullNames) await expect(items.filter({ hasText: name })).toHaveCount(1);
  }

  confirmButton() {
    return this.page.getByRole("button", { name: this.t("box:confirm.button"), exact: true });
  }

  async confirm(): Promise<void> {
    await this.confirmButton().click();
    await expect(this.confirmButton()).toHaveCount(0);
  }

  appeals() {
    return this.page.getByRole("region", { name: this.t("box:appeals.heading") });
  }

  /** The card of the appeal that says `appealText`. */
  appeal(appealText: string): Locator {
    return this.appeals().getByRole("article").filter({ hasText: appealText });
  }

  /** The photos and files listed on an appeal's card: the appeal's own first, then its messages'. */
  files(appealText: string): Locator {
    return this.appeal(appealText).getByRole("region", { name: this.t("box:files.heading") });
  }

  /** Downloads the `number`-th file of a list, and answers what the browser saved. */
  async download(files: Locator, number: number): Promise<Download> {
    const downloading = this.page.waitForEvent("download");
    await files.getByRole("button", { name: this.t("box:files.download", { number: String(number) }), exact: true }).click();
    return downloading;
  }

  paperForm() {
    return this.page.getByRole("form", { name: this.t("box:paper.heading") });
  }

  async enterPaperNote(note: { text: string; notAccepted?: NotAcceptedReason }): Promise<void> {
    const form = this.paperForm();
    await form.getByLabel(this.t("box:paper.text"), { exact: true }).fill(note.text);
    await form.getByRole("radio", { name: this.t("box:paper.anonymous"), exact: true }).check();
    if (note.notAccepted) {
      const reason = this.t(`box:reasons.${note.notAccepted}`);
      await form.getByRole("radio", { name: this.t("box:paper.not_accepted", { reason }), exact: true }).check();
    }
    await form.getByRole("button", { name: this.t("box:paper.submit"), exact: true }).click();
    await expect(form.getByRole("status")).toHaveText(this.t("box:paper.added"));
    await expect(form.getByLabel(this.t("box:paper.text"), { exact: true })).toHaveValue("");
    await expect(this.appeal(note.text)).toBeVisible();
  }

  async setAside(appealText: string, reason: NotAcceptedReason): Promise<void> {
    const card = this.appeal(appealText);
    await card.getByRole("button", { name: this.t("box:appeal.set_aside"), exact: true }).click();
    await card.getByRole("radio", { name: this.t(`box:reasons.${reason}`), exact: true }).check();
    await card.getByRole("button", { name: this.t("box:appeal.set_aside_confirm"), exact: true }).click();
    await this.expectSetAside(appealText, reason);
  }

  async expectSetAside(appealText: string, reason: NotAcceptedReason): Promise<void> {
    const notAccepted = this.t("box:appeal.not_accepted", { reason: this.t(`box:reasons.${reason}`) });
    await expect(this.appeal(appealText).getByText(notAccepted, { exact: true })).toBeVisible();
  }

  async expectSignaturesNeeded(count: number): Promise<void> {
    await expect(this.page.getByText(plural(this.language, "box:sign.needed", count), { exact: true })).toBeVisible();
  }

  signButton() {
    return this.page.getByRole("button", { name: this.t("box:sign.button"), exact: true });
  }

  signDialog() {
    return this.page.getByRole("dialog", { name: this.t("box:sign.dialog_title") });
  }

  /** Signs, answering the question before it; the last signature is said to be final. */
  async sign(last = false): Promise<void> {
    await this.signButton().click();
    await expect(this.signDialog()).toContainText(this.t(last ? "box:sign.dialog_body_last" : "box:sign.dialog_body"));
    await this.signDialog().getByRole("button", { name: this.t("box:sign.confirm"), exact: true }).click();
    await expect(this.signDialog()).toHaveCount(0);
  }

  /** Waits for the signed act's notice and returns its number (e.g. 2026/03). */
  async expectSigned(): Promise<string> {
    const [before = "", after = ""] = this.t("box:opening.signed", { number: "\u0000" }).split("\u0000");
    const pattern = new RegExp(`^${escapeRegExp(before)}(\\d{4}/\\d+)${escapeRegExp(after)}$`);
    const notice = this.page.getByText(pattern);
    await expect(notice).toBeVisible({ timeout: 15_000 });
    return pattern.exec((await notice.textContent()) ?? "")?.[1] ?? "";
  }

  async openAct(): Promise<void> {
    await this.page.getByRole("link", { name: this.t("box:opening.open_act"), exact: true }).click();
  }

  abandonDialog() {
    return this.page.getByRole("dialog", { name: this.t("box:abandon.dialog_title") });
  }

  async askToAbandon(): Promise<void> {
    await this.page.getByRole("button", { name: this.t("box:abandon.button"), exact: true }).click();
    await expect(this.abandonDialog()).toBeVisible();
    await expect(this.abandonDialog()).toContainText(this.t("box:abandon.dialog_body"));
  }

  async confirmAbandon(): Promise<void> {
    await this.abandonDialog().getByRole("button", { name: this.t("box:abandon.confirm"), exact: true }).click();
    await expect(this.page.getByText(this.t("box:opening.abandoned"))).toBeVisible();
  }
}
