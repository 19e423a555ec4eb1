import { expect, type Page } from "@playwright/test";
import { text, type Language } from "../catalogues";

/** `/staff/working-group`: the school's staff, each with a tick for the working group. */
export class WorkingGroupPage {
  constructor(
    private readonly page: Page,
    private readonly language: Language = "ky",
  ) {}

  async expectShown(): Promise<void> {
    await expect(
      this.page.getByRole("heading", { level: 1, name: text(this.language, "group:title") }),
    ).toBeVisible();
    await expect(this.page).toHaveURL(/\/staff\/working-group$/);
  }

  toggle(fullName: string) {
    return this.page
      .getByRole("list", { name: text(this.language, "group:list_label") })
      .getByRole("checkbox", { name: fullName });
  }
}
