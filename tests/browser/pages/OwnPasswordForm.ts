import { expect, type Page } from "@playwright/test";
import { text, type Language } from "../catalogues";

/** On the account page (`/staff/account/two-factor`): the member changes their own password. */
export class OwnPasswordForm {
  constructor(
    private readonly page: Page,
    private readonly language: Language = "ky",
  ) {}

  private t(key: string, values: Record<string, string> = {}): string {
    return text(this.language, key, values);
  }

  form() {
    return this.page.getByRole("form", { name: this.t("account:own_password.heading") });
  }

  /** The notice shown while someone else's choice of the member's password stands. */
  requiredNotice() {
    return this.page.getByText(this.t("account:own_password.required_notice"), { exact: true });
  }

  async expectRequired(): Promise<void> {
    await expect(this.page.getByRole("heading", { level: 1, name: this.t("account:page_title") })).toBeVisible();
    await expect(this.page).toHaveURL(/\/staff\/account\/two-factor$/);
    await expect(this.requiredNotice()).toBeVisible();
    await expect(this.form()).toBeVisible();
  }

  async change(current: string, chosen: string, repeated: string = chosen): Promise<void> {
    const form = this.form();
    await form.getByLabel(this.t("account:own_password.current"), { exact: true }).fill(current);
    await form.getByLabel(this.t("account:own_password.new"), { exact: true }).fill(chosen);
    await form.getByLabel(this.t("account:own_password.repeat"), { exact: true }).fill(repeated);
    await form.getByRole("button", { name: this.t("account:own_password.submit"), exact: true }).click();
  }
}
