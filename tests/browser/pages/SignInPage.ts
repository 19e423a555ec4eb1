import { expect, type Page } from "@playwright/test";
import { text, type Language } from "../catalogues";
import { LanguageSwitcher } from "./LanguageSwitcher";

/** `/staff/login`. */
export class SignInPage {
  readonly languages: LanguageSwitcher;

  constructor(
    private readonly page: Page,
    private language: Language = "ky",
  ) {
    this.languages = new LanguageSwitcher(page);
  }

  async goto(): Promise<void> {
    await this.page.goto("/staff/login");
    await this.expectShown();
  }

  async switchTo(language: Language): Promise<void> {
    await this.languages.choose(language);
    this.language = language;
  }

  heading() {
    return this.page.getByRole("heading", { level: 1, name: text(this.language, "auth:sign_in.title") });
  }

  async expectShown(): Promise<void> {
    await expect(this.heading()).toBeVisible();
    await expect(this.page).toHaveURL(/\/staff\/login$/);
  }

  async signIn(login: string, password: string): Promise<void> {
    await this.page.getByLabel(text(this.language, "auth:sign_in.login"), { exact: true }).fill(login);
    await this.page.getByLabel(text(this.language, "auth:sign_in.password"), { exact: true }).fill(password);
    await this.page.getByRole("button", { name: text(this.language, "auth:sign_in.submit"), exact: true }).click();
  }

  alert() {
    return this.page.getByRole("alert");
  }

  status() {
    return this.page.getByRole("status");
  }

  /** The field for the second factor's code, asked after the password. */
  codeField() {
    return this.page.getByLabel(text(this.language, "auth:code.app_label"), { exact: true });
  }

  async expectCodeAsked(): Promise<void> {
    await expect(this.codeField()).toBeVisible();
    await expect(this.codeField()).toBeFocused();
    await expect(this.page.getByText(text(this.language, "auth:sign_in.second_factor.intro"), { exact: true })).toBeVisible();
  }

  private submit() {
    return this.page.getByRole("button", { name: text(this.language, "auth:sign_in.submit"), exact: true }).click();
  }

  /** Types the authenticator app's code and signs in. */
  async enterCode(code: string): Promise<void> {
    await this.codeField().fill(code);
    await this.submit();
  }

  /** Switches the field to a recovery code, types one and signs in. */
  async enterRecoveryCode(code: string): Promise<void> {
    await this.page.getByRole("button", { name: text(this.language, "auth:code.use_recovery"), exact: true }).click();
    await this.page.getByLabel(text(this.language, "auth:code.recovery_label"), { exact: true }).fill(code);
    await this.submit();
  }
}
