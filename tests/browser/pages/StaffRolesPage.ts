import { expect, type Page } from "@playwright/test";
import { inLanguage, text, type Language } from "../catalogues";

/** `/staff/settings/staff`: the school's staff accounts, their roles, and adding a member. */
export class StaffRolesPage {
  constructor(
    private readonly page: Page,
    private readonly language: Language = "ky",
  ) {}

  private t(key: string, values: Record<string, string> = {}): string {
    return text(this.language, key, values);
  }

  async expectShown(): Promise<void> {
    await expect(this.page.getByRole("heading", { level: 1, name: this.t("admin:staff.title") })).toBeVisible();
    await expect(this.page).toHaveURL(/\/staff\/settings\/staff$/);
  }

  table() {
    return this.page.getByRole("table", { name: this.t("admin:staff.list_heading") });
  }

  row(fullName: string) {
    return this.table().getByRole("row").filter({ has: this.page.getByRole("rowheader", { name: fullName, exact: true }) });
  }

  addForm() {
    return this.page.getByRole("form", { name: this.t("admin:staff.add_heading") });
  }

  /**
   * Fills in the form to add a member with `roles` (role codes) and sends it: the position in
   * the school's language (Kyrgyz, the demo school's), and in the others when given.
   */
  async add(member: {
    fullName: string;
    position: string;
    positions?: Partial<Record<Language, string>>;
    login: string;
    roles: string[];
  }): Promise<void> {
    const form = this.addForm();
    await form.getByLabel(this.t("admin:staff.full_name"), { exact: true }).fill(member.fullName);
    const position = form.getByRole("group", { name: this.t("admin:staff.position"), exact: true });
    await position.getByLabel(inLanguage(this.language, "ky", "required"), { exact: true }).fill(member.position);
    for (const [language, value] of Object.entries(member.positions ?? {})) {
      await position.getByLabel(inLanguage(this.language, language as Language, "optional"), { exact: true }).fill(value);
    }
    await form.getByLabel(this.t("admin:staff.login"), { exact: true }).fill(member.login);
    for (const role of member.roles) {
      await form.getByRole("checkbox", { name: this.t(`staff:roles.${role}`), exact: true }).check();
    }
    await form.getByRole("button", { name: this.t("admin:staff.add"), exact: true }).click();
  }

  /** The first password shown once after adding `fullName`, read off the page. */
  async firstPassword(member: { fullName: string; login: string }): Promise<string> {
    const password = this.page.getByLabel(this.t("admin:staff.added", { name: member.fullName, login: member.login }), {
      exact: true,
    });
    await expect(password).toBeVisible();
    await expect(this.page.getByText(this.t("admin:shown_once.hint"), { exact: true })).toBeVisible();
    return (await password.textContent()) ?? "";
  }

  async dismissPassword(): Promise<void> {
    await this.page.getByRole("button", { name: this.t("admin:shown_once.done"), exact: true }).click();
  }
}
