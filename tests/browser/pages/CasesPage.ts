import { expect, type Page } from "@playwright/test";
import { text, type Language } from "../catalogues";
import { shownRegistrationNumber } from "./registrationNumber";

export type CaseState = "open" | "closed" | "all";

/** `/staff/cases`: the cases the signed-in person directs, handles or was referred. */
export class CasesPage {
  constructor(
    private readonly page: Page,
    private readonly language: Language = "ky",
  ) {}

  private t(key: string, values: Record<string, string> = {}): string {
    return text(this.language, key, values);
  }

  async goto(): Promise<void> {
    await this.page.goto("/staff/cases");
    await this.expectShown();
  }

  async expectShown(): Promise<void> {
    await expect(this.page.getByRole("heading", { level: 1, name: this.t("cases:title") })).toBeVisible();
    await expect(this.page).toHaveURL(/\/staff\/cases(\?.*)?$/);
  }

  /** A district account names the school it looks at, by its address. */
  async chooseSchool(slug: string, name: string): Promise<void> {
    await this.page.getByLabel(this.t("staff:school_chooser.label"), { exact: true }).fill(slug);
    await this.page.getByRole("button", { name: this.t("staff:school_chooser.submit"), exact: true }).click();
    await expect(this.page.getByText(this.t("staff:school_chooser.shown", { name }))).toBeVisible();
  }

  async show(state: CaseState): Promise<void> {
    await this.page.getByLabel(this.t("cases:list.state"), { exact: true }).selectOption(state);
  }

  /** The link to the case of a registration number, turning the pages until it is found. */
  async link(registrationNumber: string, state: CaseState = "open") {
    const list = this.page.getByRole("list", { name: this.t(`cases:list.headings.${state}`) });
    const link = list.getByRole("link", { name: this.t("cases:number", { number: shownRegistrationNumber(registrationNumber) }), exact: true });
    const next = this.page.getByRole("button", { name: this.t("cases:list.next"), exact: true });
    await expect(list).toBeVisible();
    while (!(await link.isVisible()) && (await next.isVisible()) && (await next.isEnabled())) {
      await next.click();
    }
    await expect(link).toBeVisible();
    return link;
  }

  /** The card of a case: its flags, official and deadline. */
  async card(registrationNumber: string, state: CaseState = "open") {
    await this.link(registrationNumber, state);
    const name = this.t("cases:number", { number: shownRegistrationNumber(registrationNumber) });
    return this.page
      .getByRole("list", { name: this.t(`cases:list.headings.${state}`) })
      .getByRole("listitem")
      .filter({ has: this.page.getByRole("link", { name, exact: true }) });
  }

  async open(registrationNumber: string, state: CaseState = "open"): Promise<void> {
    await (await this.link(registrationNumber, state)).click();
  }
}
