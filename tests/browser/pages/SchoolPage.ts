import { expect, type Page } from "@playwright/test";
import { text, type Language } from "../catalogues";
import { LanguageSwitcher } from "./LanguageSwitcher";

export type WriterKind = "student" | "parent" | "citizen" | "staff";

export interface SignedWriter {
  name: string;
  kind: WriterKind;
  className?: string;
  phone?: string;
  email?: string;
}

/** `/s/:slug`: a school's public page with the form to drop an appeal. */
export class SchoolPage {
  readonly languages: LanguageSwitcher;

  constructor(
    private readonly page: Page,
    private language: Language = "ky",
  ) {
    this.languages = new LanguageSwitcher(page);
  }

  async goto(slug: string, schoolName: string): Promise<void> {
    await this.page.goto(`/s/${slug}`);
    await expect(this.page.getByRole("heading", { level: 1, name: schoolName })).toBeVisible();
    await expect(this.form()).toBeVisible();
  }

  async switchTo(language: Language): Promise<void> {
    await this.languages.choose(language);
    this.language = language;
  }

  private t(key: string, values: Record<string, string> = {}): string {
    return text(this.language, key, values);
  }

  form() {
    return this.page.getByRole("form", { name: this.t("appeal:form.heading") });
  }

  textField() {
    return this.page.getByLabel(this.t("appeal:form.text_label"), { exact: true });
  }

  checkLink() {
    return this.page.getByRole("link", { name: this.t("school:check_link") });
  }

  async write(appeal: string): Promise<void> {
    await this.textField().fill(appeal);
  }

  modeGroup() {
    return this.page.getByRole("group", { name: this.t("appeal:form.mode_legend") });
  }

  async chooseAnonymous(): Promise<void> {
    await this.modeGroup().getByRole("radio", { name: this.t("appeal:form.anonymous"), exact: true }).check();
  }

  async chooseSigned(writer: SignedWriter): Promise<void> {
    await this.modeGroup().getByRole("radio", { name: this.t("appeal:form.signed"), exact: true }).check();
    await this.page.getByLabel(this.t("appeal:form.name"), { exact: true }).fill(writer.name);
    await this.page
      .getByRole("group", { name: this.t("appeal:form.kind_legend") })
      .getByRole("radio", { name: this.t(`appeal:form.kinds.${writer.kind}`) })
      .check();
    if (writer.className !== undefined) {
      await this.page.getByLabel(this.t("appeal:form.class_name"), { exact: true }).fill(writer.className);
    }
    if (writer.phone !== undefined) {
      await this.page.getByLabel(this.t("appeal:form.phone"), { exact: true }).fill(writer.phone);
    }
    if (writer.email !== undefined) {
      await this.page.getByLabel(this.t("appeal:form.email"), { exact: true }).fill(writer.email);
    }
  }

  /** Opens the optional categories and ticks one, e.g. "education". */
  async chooseCategory(label: string): Promise<void> {
    const toggle = this.page.getByText(this.t("appeal:categories.toggle"), { exact: true });
    const checkbox = this.page.getByRole("checkbox", { name: label });
    if (!(await checkbox.isVisible())) await toggle.click();
    await checkbox.check();
  }

  /** The optional "Add photos or screenshots" control, after the text. */
  fileInput() {
    return this.form().getByLabel(this.t("appeal:files.label"), { exact: true });
  }

  /** Chooses files as a phone's picker would, and waits until the server has taken each one. */
  async attach(files: { name: string; mimeType: string; buffer: Buffer }[]): Promise<void> {
    await this.fileInput().setInputFiles(files);
    for (const file of files) {
      await expect(
        this.form().getByRole("listitem").filter({ hasText: file.name }).getByText(this.t("appeal:files.ready"), { exact: true }),
      ).toBeVisible();
    }
  }

  async submit(): Promise<void> {
    await this.page.getByRole("button", { name: this.t("appeal:form.submit"), exact: true }).click();
  }

  /** The refusal of an appeal with obscene words, shown beside the text. */
  refusal() {
    return this.form().getByRole("alert").filter({ hasText: this.t("appeal:refusal.title") });
  }

  /** The words the refusal asks to change, as listed. */
  async refusedWords(): Promise<string[]> {
    const list = this.refusal().getByRole("list");
    return (await list.getByRole("listitem").locator("mark").allTextContents()).map((word) => word.trim());
  }
}
