import { expect, type Locator, type Page } from "@playwright/test";
import { text, type Language } from "../catalogues";
import { shownRegistrationNumber } from "./registrationNumber";

export type ReferralMethod = "phone" | "letter" | "email" | "in_person" | "online";
export type Outcome = "resolved" | "unfounded" | "referred" | "withdrawn" | "no_answer_possible";

/** `/staff/cases/:id`: one case, and the steps the signed-in person may take on it. */
export class CasePage {
  constructor(
    private readonly page: Page,
    private readonly language: Language = "ky",
  ) {}

  private t(key: string, values: Record<string, string> = {}): string {
    return text(this.language, key, values);
  }

  async expectShown(registrationNumber: string): Promise<void> {
    await expect(
      this.page.getByRole("heading", { level: 1, name: this.t("cases:case.heading", { number: shownRegistrationNumber(registrationNumber) }) }),
    ).toBeVisible();
    await expect(this.page).toHaveURL(/\/staff\/cases\/[0-9a-f-]{36}(\?.*)?$/);
    await expect(this.page.getByText(this.t("cases:case.audit_note"))).toBeVisible();
  }

  /** The badges of what the case needs. */
  flags(): Locator {
    return this.page.getByRole("list", { name: this.t("cases:flags.label") }).first();
  }

  section(headingKey: string): Locator {
    return this.page.getByRole("region", { name: this.t(headingKey) });
  }

  form(headingKey: string): Locator {
    return this.page.getByRole("form", { name: this.t(headingKey) });
  }

  /** The form of an action, opened first when the page keeps it one click away. */
  async openForm(headingKey: string): Promise<Locator> {
    const form = this.form(headingKey);
    const toggle = this.page.getByRole("button", { name: this.t(headingKey), exact: true, expanded: false });
    await expect(form.or(toggle).first()).toBeVisible();
    if (await toggle.isVisible()) await toggle.click();
    await expect(form).toBeVisible();
    return form;
  }

  /** The value beside a label of the case's facts, e.g. `fact("cases:facts.official")`. */
  fact(labelKey: string): Locator {
    return this.page
      .locator("dl.facts")
      .first()
      .locator("div")
      .filter({ has: this.page.getByRole("term").filter({ hasText: this.t(labelKey) }) })
      .getByRole("definition");
  }

  async assign(optionLabel: string): Promise<void> {
    const form = this.form("cases:assignment.heading");
    await form.getByLabel(this.t("cases:assignment.official"), { exact: true }).selectOption({ label: optionLabel });
    await form.getByRole("button", { name: this.t("cases:assignment.submit"), exact: true }).click();
    await expect(this.page.getByText(this.t("cases:assignment.assigned"))).toBeVisible();
  }

  async recordMeasure(measure: { takenBy: string; summary: string }): Promise<void> {
    const form = await this.openForm("cases:measure.heading");
    await expect(form.getByText(this.t("cases:measure.warning"))).toBeVisible();
    await form.getByLabel(this.t("cases:measure.taken_by"), { exact: true }).fill(measure.takenBy);
    await form.getByLabel(this.t("cases:measure.summary"), { exact: true }).fill(measure.summary);
    await form.getByRole("button", { name: this.t("cases:measure.submit"), exact: true }).click();
    await expect(form.getByRole("status")).toHaveText(this.t("cases:measure.recorded"));
    await expect(this.section("cases:measures.heading").getByText(measure.summary)).toBeVisible();
  }

  /** Writes the answer: a draft for the director's approval, or (the director) approved at once. */
  async answer(answer: string, approveNow: boolean): Promise<void> {
    const form = this.form("cases:answer.heading");
    await form.getByLabel(this.t("cases:answer.text"), { exact: true }).fill(answer);
    const approve = form.getByLabel(this.t("cases:answer.approve_now"), { exact: true });
    if ((await approve.count()) > 0) await approve.setChecked(approveNow);
    const submit = approveNow ? "cases:answer.submit_approved" : "cases:answer.submit_draft";
    await form.getByRole("button", { name: this.t(submit), exact: true }).click();
    const sent = approveNow ? "cases:answer.sent_approved" : "cases:answer.sent_draft";
    await expect(form.getByRole("status")).toHaveText(this.t(sent));
  }

  /** The message of the conversation that says `said`. */
  message(said: string): Locator {
    return this.section("cases:conversation.heading").getByRole("listitem").filter({ hasText: said });
  }

  async approve(answer: string): Promise<void> {
    const message = this.message(answer);
    await expect(message).toContainText(this.t("cases:conversation.answer_draft"));
    await message.getByRole("button", { name: this.t("cases:conversation.approve"), exact: true }).click();
    await expect(message).toContainText(this.t("cases:conversation.answer_approved"));
  }

  async refer(referral: { body: string; method: ReferralMethod; reference: string }): Promise<void> {
    const form = await this.openForm("cases:refer.heading");
    await form.getByLabel(this.t("cases:refer.body"), { exact: true }).selectOption({ label: referral.body });
    await form
      .getByLabel(this.t("cases:refer.method"), { exact: true })
      .selectOption({ label: this.t(`cases:methods.${referral.method}`) });
    await form.getByLabel(this.t("cases:refer.reference"), { exact: true }).fill(referral.reference);
    await form.getByRole("button", { name: this.t("cases:refer.submit"), exact: true }).click();
    await expect(form.getByRole("status")).toHaveText(this.t("cases:refer.referred"));
  }

  /** The referral to `body`, as listed. */
  referral(body: string): Locator {
    return this.section("cases:referrals.heading")
      .getByRole("listitem")
      .filter({ has: this.page.getByText(body, { exact: true }) });
  }

  async recordReply(body: string, summary: string): Promise<void> {
    const referral = this.referral(body);
    await referral.getByRole("button", { name: this.t("cases:referrals.record_reply"), exact: true }).click();
    const form = referral.getByRole("form", { name: this.t("cases:reply.heading") });
    await form.getByLabel(this.t("cases:reply.summary"), { exact: true }).fill(summary);
    await form.getByRole("button", { name: this.t("cases:reply.submit"), exact: true }).click();
    await expect(referral.getByText(summary)).toBeVisible();
  }

  closeForm(): Locator {
    return this.form("cases:close.heading");
  }

  /** Asks to close with `outcome` (and the reason no referral was needed, when given). */
  async askToClose(outcome: Outcome, noReferralReason?: string): Promise<void> {
    const form = await this.openForm("cases:close.heading");
    await form.getByRole("radio", { name: this.t(`cases:outcomes.${outcome}`), exact: true }).check();
    if (noReferralReason !== undefined) {
      await form.getByLabel(this.t("cases:close.no_referral_reason"), { exact: true }).fill(noReferralReason);
    }
    await form.getByRole("button", { name: this.t("cases:close.submit"), exact: true }).click();
  }

  async close(outcome: Outcome): Promise<void> {
    await this.askToClose(outcome);
    await expect(this.closeForm()).toHaveCount(0);
    await expect(this.fact("cases:facts.status")).toHaveText(this.t("journal:statuses.closed"));
    await expect(this.fact("cases:facts.outcome")).toHaveText(this.t(`cases:outcomes.${outcome}`));
  }
}
