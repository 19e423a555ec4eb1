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
    const link = this.link(section);
    await link.click();
    // A navigation still settling after sign-in can supersede the click on a busy machine:
    // click again until the section is the current one.
    await expect(async () => {
      if ((await link.getAttribute("aria-current")) !== "page") await link.click();
      await expect(link).toHaveAttribute("aria-current", "page", { timeout: 5_000 });
    }).toPass({ timeout: 30_000 });
  }

  /** The sections offered, in order. */
  async expectSections(sections: Section[]): Promise<void> {
    await expect(this.nav().getByRole("link")).toHaveText(
      sections.map((section) => text(this.language, `staff:nav.${section}`)),
    );
  }
}
