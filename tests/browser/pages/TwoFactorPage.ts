import { expect, type Page } from "@playwright/test";
import { plural, text, type Language } from "../catalogues";

/** `/staff/account/two-factor`, the account page: the signed-in member's second factor. */
export class TwoFactorPage {
  constructor(
    private readonly page: Page,
    private readonly language: Language = "ky",
  ) {}

  private t(key: string, values: Record<string, string> = {}): string {
    return text(this.language, key, values);
  }

  async expectShown(): Promise<void> {
    await expect(this.page.getByRole("heading", { level: 1, name: this.t("account:page_title") })).toBeVisible();
    await expect(this.page).toHaveURL(/\/staff\/account\/two-factor$/);
  }

  /** Opens the page from the link beside "sign out", on any staff page. */
  async openFromStaffBar(): Promise<void> {
    await this.page.getByRole("link", { name: this.t("staff:account_link"), exact: true }).click();
    await this.expectShown();
  }

  async expectOff(): Promise<void> {
    await expect(this.page.getByText(this.t("account:status.off"), { exact: true })).toBeVisible();
  }

  async expectOn(codesLeft: number): Promise<void> {
    await expect(this.page.getByText(this.t("account:status.on"), { exact: true })).toBeVisible();
    await expect(
      this.page.getByText(plural(this.language, "account:status.codes_left", codesLeft), { exact: true }),
    ).toBeVisible();
  }

  /** Types the password to get a secret for the app. */
  async start(password: string): Promise<void> {
    await this.page.getByLabel(this.t("account:password"), { exact: true }).fill(password);
    await this.page.getByRole("button", { name: this.t("account:turn_on.start"), exact: true }).click();
    await expect(this.page.getByRole("img", { name: this.t("account:turn_on.qr_label"), exact: true })).toBeVisible();
  }

  /** The key shown for typing into the app by hand, without the spaces between its groups. */
  async secret(): Promise<string> {
    const key = this.page.getByLabel(this.t("account:turn_on.key_intro"), { exact: true });
    await expect(key).toBeVisible();
    return ((await key.textContent()) ?? "").replace(/\s+/g, "");
  }

  /** Types the app's first code and turns the second factor on. */
  async confirm(code: string): Promise<void> {
    await this.page.getByLabel(this.t("auth:code.app_label"), { exact: true }).fill(code);
    await this.page.getByRole("button", { name: this.t("account:turn_on.confirm"), exact: true }).click();
  }

  recoveryCodeList() {
    return this.page.getByRole("list", { name: this.t("account:codes.list_label"), exact: true });
  }

  /** The recovery codes shown once, read off the page. */
  async recoveryCodes(): Promise<string[]> {
    await expect(this.recoveryCodeList()).toBeVisible();
    return (await this.recoveryCodeList().getByRole("listitem").allTextContents()).map((code) => code.trim());
  }

  /** Says the codes are kept, and leaves them. */
  async keepCodes(): Promise<void> {
    await this.page.getByLabel(this.t("account:codes.kept"), { exact: true }).check();
    await this.page.getByRole("button", { name: this.t("account:codes.done"), exact: true }).click();
    await expect(this.recoveryCodeList()).toHaveCount(0);
  }
}
