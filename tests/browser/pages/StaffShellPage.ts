import { expect, type Page } from "@playwright/test";
import { plural, sentenceWithDay, text, type Language } from "../catalogues";
import { LanguageSwitcher } from "./LanguageSwitcher";
import { valueBeside } from "./definitions";

/** `/staff`: the signed-in staff member's start page. */
export class StaffShellPage {
  readonly languages: LanguageSwitcher;

  constructor(
    private readonly page: Page,
    private language: Language = "ky",
  ) {
    this.languages = new LanguageSwitcher(page);
  }

  async switchTo(language: Language): Promise<void> {
    await this.languages.choose(language);
    this.language = language;
  }

  heading() {
    return this.page.getByRole("heading", { level: 1, name: text(this.language, "staff:shell.title") });
  }

  signOutButton() {
    return this.page.getByRole("button", { name: text(this.language, "auth:sign_out"), exact: true });
  }

  async expectShown(): Promise<void> {
    await expect(this.heading()).toBeVisible();
    await expect(this.signOutButton()).toBeVisible();
    await expect(this.page).toHaveURL(/\/staff$/);
  }

  account() {
    return this.page.getByRole("region", { name: text(this.language, "staff:shell.account") });
  }

  /** The value beside a label of the account list, e.g. `fact("staff:shell.school")`. */
  async fact(labelKey: string) {
    const account = this.account();
    await expect(account).toBeVisible();
    // The list fills in (and may render again) once the account and the staff words have
    // arrived: locate the value by its label, never from a snapshot of the list.
    return valueBeside(account, text(this.language, labelKey));
  }

  async expectPerson(person: { fullName: string; position: string | RegExp; school: string; roles: string[] }) {
    await expect(
      this.page.getByText(text(this.language, "staff:shell.greeting", { name: person.fullName })),
    ).toBeVisible();
    const roles = person.roles.map((role) => text(this.language, `staff:roles.${role}`)).join(", ");
    await expect(await this.fact("staff:shell.full_name")).toHaveText(person.fullName);
    await expect(await this.fact("staff:shell.position")).toHaveText(person.position);
    await expect(await this.fact("staff:shell.roles")).toHaveText(roles);
    await expect(await this.fact("staff:shell.school")).toHaveText(person.school);
  }

  async signOut(): Promise<void> {
    await this.signOutButton().click();
  }

  /** The banner that leads to the opening in progress. */
  openingBanner() {
    return this.page.getByRole("region", { name: text(this.language, "staff:opening.heading") });
  }

  async goToOpening(): Promise<void> {
    await this.openingBanner().getByRole("link", { name: text(this.language, "staff:opening.go"), exact: true }).click();
  }

  /** The banner of urgent sealed appeals. */
  urgentBanner() {
    return this.page.getByRole("region", { name: text(this.language, "staff:alerts.heading") });
  }

  /** The alert of the urgent appeal dropped on `day` (YYYY-MM-DD), in the banner. */
  urgentAlert(day: string) {
    return this.urgentBanner()
      .getByRole("listitem")
      .filter({ has: this.page.locator(`time[datetime="${day}"]`) })
      .filter({ hasText: sentenceWithDay(this.language, "staff:alerts.urgent") });
  }

  /**
   * The count of sealed appeals on the start page ("N appeals are waiting in the box", or that
   * none are), which leaves out today's drops: it says so beside it.
   */
  async sealedCount(): Promise<number> {
    const box = this.page.getByRole("region", { name: text(this.language, "staff:box.heading") });
    await expect(box).toBeVisible();
    await expect(box.getByText(text(this.language, "staff:box.as_of_this_morning"), { exact: true })).toBeVisible();
    const shown = (await box.getByRole("paragraph").first().textContent())?.trim() ?? "";
    if (shown === text(this.language, "staff:box.empty")) return 0;
    const count = Number.parseInt(shown.replace(/\D+/g, " ").trim().split(" ")[0] ?? "", 10);
    expect(shown).toBe(plural(this.language, "staff:box.waiting", count));
    return count;
  }
}

