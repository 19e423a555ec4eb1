import { expect, type Page } from "@playwright/test";
import { text, type Language } from "../catalogues";

export type Section =
  | "home"
  | "cases"
  | "box"
  | "box_passphrase"
  | "journal"
  | "reports"
  | "district"
  | "integrations"
  | "district_schools"
  | "audit"
  | "school_settings"
  | "staff_roles"
  | "working_group"
  | "holidays";

/** The staff sections above every staff page, as the person's roles allow. */
export class StaffNav {
  constructor(
    private readonly page: Page,
    private readonly language: Language = "ky",
  ) {}

  nav() {
    return this.page.getByRole("navigation", { name: text(this.language, "staff:nav.label") });
  }

  link(section: Section) {
    return this.nav().getByRole("link", { name: text(this.language, `staff:nav.${section}`), exact: true });
  }

  async open(section: Section): Promise<void> {
    await this.link(section).click();
    await expect(this.link(section)).toHaveAttribute("aria-current", "page");
  }

  /** The sections offered, in order. */
  async expectSections(sections: Section[]): Promise<void> {
    await expect(this.nav().getByRole("link")).toHaveText(
      sections.map((section) => text(this.language, `staff:nav.${section}`)),
    );
  }
}
