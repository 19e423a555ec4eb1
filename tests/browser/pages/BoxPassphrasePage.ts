import { expect, type Page } from "@playwright/test";
import { text, type Language } from "../catalogues";

/** `/staff/account/box-passphrase`: a member's box passphrase, their key card, the box's key. */
export class BoxPassphrasePage {
  constructor(
    private readonly page: Page,
    private readonly language: Language = "ky",
  ) {}

  private t(key: string, values: Record<string, string> = {}): string {
    return text(this.language, key, values);
  }

  async expectShown(): Promise<void> {
    await expect(this.page.getByRole("heading", { level: 1, name: this.t("account:box_key.title") })).toBeVisible();
    await expect(this.page).toHaveURL(/\/staff\/account\/box-passphrase$/);
  }

  /** Sets the passphrase and returns the recovery code the key card shows, once. */
  async set(passphrase: string): Promise<string> {
    await expect(this.page.getByText(this.t("account:box_key.status.none"), { exact: true })).toBeVisible();
    await this.page.getByLabel(this.t("account:box_key.new"), { exact: true }).fill(passphrase);
    await this.page.getByLabel(this.t("account:box_key.repeat"), { exact: true }).fill(passphrase);
    await this.page.getByRole("button", { name: this.t("account:box_key.set.button"), exact: true }).click();
    const card = this.keyCard();
    await expect(card).toBeVisible({ timeout: 20_000 });
    const code = ((await card.getByLabel(this.t("account:box_key.card.code"), { exact: true }).textContent()) ?? "").trim();
    expect(code.length).toBeGreaterThanOrEqual(12);
    return code;
  }

  keyCard() {
    return this.page.getByRole("status", { name: this.t("account:box_key.card.heading") });
  }

  async keepCard(): Promise<void> {
    await this.keyCard().getByRole("button", { name: this.t("account:box_key.card.done"), exact: true }).click();
    await expect(this.keyCard()).toHaveCount(0);
  }

  boxKey() {
    return this.page.getByRole("region", { name: this.t("account:box_key.protection.heading") });
  }
}
