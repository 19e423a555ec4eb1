import { expect, type Page } from "@playwright/test";
import { text, type Language } from "../catalogues";

export type ActCount =
  | "online"
  | "paper"
  | "not_accepted_obscene_language"
  | "not_accepted_not_an_appeal"
  | "urgent"
  | "registered";

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * `/staff/box/:id/act`: the act, written in the school's language (`actLanguage`) whatever
 * the page's language (`language`, for the buttons around it).
 */
export class ActPage {
  constructor(
    private readonly page: Page,
    private readonly actLanguage: Language,
    private readonly language: Language = actLanguage,
  ) {}

  private a(key: string, values: Record<string, string> = {}): string {
    return text(this.actLanguage, `act:${key}`, values);
  }

  private t(key: string, values: Record<string, string> = {}): string {
    return text(this.language, key, values);
  }

  act() {
    return this.page.getByRole("article");
  }

  async expectShown(number: string): Promise<void> {
    await expect(this.page.getByRole("heading", { level: 1, name: this.a("title", { number }) })).toBeVisible();
    await expect(this.act()).toHaveAttribute("lang", this.actLanguage);
    await expect(this.page).toHaveURL(/\/staff\/box\/[0-9a-f-]{36}\/act$/);
  }

  /** The number the act gives for `count`. */
  async count(count: ActCount): Promise<number> {
    const row = this.act()
      .getByRole("row")
      .filter({ has: this.page.getByRole("rowheader", { name: this.a(`counts.${count}`), exact: true }) });
    const value = (await row.getByRole("cell").textContent())?.replace(/\s/g, "") ?? "";
    expect(value).toMatch(/^\d+$/);
    return Number.parseInt(value, 10);
  }

  async registrationNumbers(): Promise<string[]> {
    const section = this.act().getByRole("region", { name: this.a("registration.heading") });
    return (await section.getByRole("listitem").allTextContents()).map((number) => number.trim());
  }

  async expectMembers(fullNames: string[]): Promise<void> {
    const section = this.act().getByRole("region", { name: this.a("members.heading") });
    for (const name of fullNames) {
      await expect(section.getByRole("cell", { name, exact: true })).toBeVisible();
    }
  }

  /** The journal's head as the act prints it: the entry's number and its full hash. */
  async journalHead(): Promise<{ seq: number; hash: string }> {
    const section = this.act().getByRole("region", { name: this.a("journal.heading") });
    const [before = "", after = ""] = this.a("journal.head", { seq: "\u0000" }).split("\u0000");
    const line = section.getByText(new RegExp(`^${escapeRegExp(before)}\\d+${escapeRegExp(after)}$`));
    const seq = Number.parseInt(((await line.textContent()) ?? "").replace(/\D+/g, ""), 10);
    const hash = (await section.getByText(/^[0-9a-f]{64}$/).textContent()) ?? "";
    return { seq, hash };
  }

  printButton() {
    return this.page.getByRole("button", { name: this.t("box:act.print"), exact: true });
  }

  acknowledgeButton() {
    return this.page.getByRole("button", { name: this.t("box:acknowledge.button"), exact: true });
  }

  async acknowledge(byFullName: string): Promise<void> {
    await this.acknowledgeButton().click();
    await expect(this.acknowledgeButton()).toHaveCount(0);
    const [before = ""] = this.a("director.acknowledged", { name: "\u0000" }).split("\u0000");
    await expect(this.act().getByText(new RegExp(`^${escapeRegExp(before)}${escapeRegExp(byFullName)}`))).toBeVisible();
  }
}
