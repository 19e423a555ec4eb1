import type { Page } from "@playwright/test";
import {
  abandonOpeningInProgress,
  dropAppeal,
  openBoxAndRegister,
  requirePassword,
  routeToDistrict,
  SCHOOL,
  STAFF,
  uniqueText,
} from "./api";
import { sentenceWithDay, text, type Language } from "./catalogues";
import { expect, test } from "./fixtures";
import { CasePage } from "./pages/CasePage";
import { CasesPage } from "./pages/CasesPage";
import { CheckPage } from "./pages/CheckPage";
import { JournalPage } from "./pages/JournalPage";
import { ReceiptScreen } from "./pages/ReceiptScreen";
import { SchoolPage } from "./pages/SchoolPage";
import { SignInPage } from "./pages/SignInPage";
import { StaffNav } from "./pages/StaffNav";
import { StaffShellPage } from "./pages/StaffShellPage";
import { dangerLine } from "./samples";

const DEPUTY_POSITION = "Deputy director for educational work";

/** Signs `login` in, in `language`, and waits for the staff start page. */
async function signIn(page: Page, login: string, language: Language): Promise<StaffNav> {
  const signInPage = new SignInPage(page, "ky");
  await signInPage.goto();
  if (language !== "ky") await signInPage.switchTo(language);
  await signInPage.signIn(login, requirePassword());
  await new StaffShellPage(page, language).expectShown();
  return new StaffNav(page, language);
}

test.beforeAll(async ({ request }) => {
  requirePassword();
  // The cases come out of the box: no opening may be left in progress before or after.
  await abandonOpeningInProgress(request);
});

test.afterAll(async ({ request }) => {
  await abandonOpeningInProgress(request);
});

test("a signed appeal is assigned, handled, answered with the director's approval, and the writer reads the answer and replies", async ({
  page,
  newPage,
  request,
}) => {
  test.setTimeout(180_000);
  // The writer drops a signed appeal with an e-mail address.
  const writerText = uniqueText("The window in the chemistry room is broken and it is cold during lessons.");
  const school = new SchoolPage(page, "ky");
  await school.goto(SCHOOL.slug, SCHOOL.name);
  await school.switchTo("en");
  await school.write(writerText);
  await school.chooseSigned({ name: "Gulnara Asanova", kind: "parent", email: "gulnara.asanova@example.kg" });
  await school.submit();
  const receiptScreen = new ReceiptScreen(page, "en");
  await receiptScreen.expectShown();
  const receipt = await receiptScreen.receipt();

  // The working group opens the box and signs the act.
  const [registered] = await openBoxAndRegister(request, [writerText]);
  const number = registered?.registrationNumber ?? "";

  // The director finds the case, reads it with the writer's identity and assigns the deputy.
  const directorPage = await newPage();
  const directorNav = await signIn(directorPage, STAFF.director.login, "en");
  await expect(directorPage.getByRole("region", { name: text("en", "cases:inbox.heading_director") })).toBeVisible();
  await directorNav.open("cases");
  const cases = new CasesPage(directorPage, "en");
  await cases.expectShown();
  const card = await cases.card(number);
  await expect(card).toContainText(text("en", "cases:flags.unassigned"));
  await cases.open(number);
  const directorCase = new CasePage(directorPage, "en");
  await directorCase.expectShown(number);
  await expect(directorCase.section("cases:case.text_heading")).toContainText(writerText);
  const writer = directorCase.section("cases:writer.heading");
  await expect(writer).toContainText("Gulnara Asanova");
  await expect(writer.getByRole("link", { name: "gulnara.asanova@example.kg" })).toBeVisible();
  await directorCase.assign(`${STAFF.deputy.fullName} — ${DEPUTY_POSITION}`);
  await expect(directorCase.fact("cases:facts.official")).toHaveText(`${STAFF.deputy.fullName}, ${DEPUTY_POSITION}`);
  await expect(directorCase.fact("cases:facts.status")).toHaveText(text("en", "journal:statuses.assigned"));

  // The deputy (in Russian) finds it assigned to them, records a measure and drafts the answer.
  const deputyPage = await newPage();
  await signIn(deputyPage, STAFF.deputy.login, "ru");
  const assigned = deputyPage.getByRole("region", { name: text("ru", "cases:inbox.heading_official") });
  await expect(assigned).toBeVisible();
  const link = assigned.getByRole("link", { name: text("ru", "cases:number", { number }), exact: true });
  if (await link.isVisible()) {
    await link.click();
  } else {
    await new StaffNav(deputyPage, "ru").open("cases");
    await new CasesPage(deputyPage, "ru").open(number);
  }
  const deputyCase = new CasePage(deputyPage, "ru");
  await deputyCase.expectShown(number);
  await expect(deputyCase.form("cases:assignment.heading")).toHaveCount(0);
  const measure = uniqueText("Окно в кабинете химии заклеено плёнкой, стекло заказано.");
  await deputyCase.recordMeasure({ takenBy: "Завхоз", summary: measure });
  const answer = uniqueText("Здравствуйте! Окно в кабинете химии заменят в понедельник. Спасибо, что написали.");
  await deputyCase.answer(answer, false);
  await expect(deputyCase.message(answer)).toContainText(text("ru", "cases:conversation.answer_draft"));
  await expect(deputyCase.message(answer).getByRole("button")).toHaveCount(0);

  // The writer sees no answer before the director approves it.
  const check = new CheckPage(page, "en");
  await check.goto();
  await check.check(receipt);
  await check.expectStatus("in_progress");
  await expect(page.getByText(answer)).toHaveCount(0);

  // The director approves the draft.
  await directorPage.reload();
  await directorCase.expectShown(number);
  await expect(directorCase.flags()).toContainText(text("en", "cases:flags.answer_awaiting_approval"));
  await directorCase.approve(answer);

  // The writer reads the answer with the receipt and replies.
  await check.goto();
  await check.check(receipt);
  await check.expectStatus("answered");
  await expect(check.result().getByText(answer)).toBeVisible();
  await expect(check.result().getByText(sentenceWithDay("en", "track:answer"))).toBeVisible();
  const reply = uniqueText("Thank you, the room is warm again.");
  await check.reply(reply);
  await expect(check.result().getByRole("status")).toHaveText(sentenceWithDay("en", "track:reply_sent"));

  // The journal shows the official and the measure.
  await directorNav.open("journal");
  const journal = new JournalPage(directorPage, "en");
  await journal.expectShown();
  const row = await journal.row(number);
  await expect(row).toContainText(`${DEPUTY_POSITION}, ${STAFF.deputy.fullName}`);
  await expect(row).toContainText(measure);

  // The director's audit trail shows that the case was read.
  await directorNav.open("audit");
  const trail = directorPage.getByRole("table", { name: text("en", "audit:heading") });
  const read = trail
    .getByRole("row")
    .filter({ hasText: text("en", "audit:actions.appeal_content_read") })
    .filter({ hasText: STAFF.director.login });
  await expect(read.first()).toBeVisible();
});

test("an urgent appeal is not closed without a referral; referred to the juvenile affairs inspectorate, it is closed", async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const urgent = uniqueText(dangerLine("violence", "Старшеклассники бьют меня за школой почти каждый день."));
  await dropAppeal(request, urgent);
  const [registered] = await openBoxAndRegister(request, [urgent]);
  const number = registered?.registrationNumber ?? "";

  const nav = await signIn(page, STAFF.director.login, "en");
  await nav.open("cases");
  const cases = new CasesPage(page, "en");
  const card = await cases.card(number);
  await expect(card).toContainText(text("en", "cases:flags.urgent_without_referral"));
  await cases.open(number);
  const file = new CasePage(page, "en");
  await file.expectShown(number);
  await expect(page.getByRole("note", { name: text("en", "cases:danger.label") })).toContainText(
    text("en", "cases:danger.urgent"),
  );

  // Closing it before any referral, without a reason, is refused with the regulation's rule.
  const closing = await file.openForm("cases:close.heading");
  await expect(closing.getByLabel(text("en", "cases:close.no_referral_reason"), { exact: true })).toBeVisible();
  await file.askToClose("resolved");
  await expect(file.closeForm().getByRole("alert")).toHaveText(text("en", "errors:codes.referral_required"));

  // Referred to the juvenile affairs inspectorate with their reference number.
  const inspectorate = "Juvenile affairs inspectorate of the police";
  const reference = `IDN-${Date.now().toString(36).toUpperCase()}`;
  await file.refer({ body: inspectorate, method: "phone", reference });
  const referral = file.referral(inspectorate);
  await expect(referral).toContainText(reference);
  await expect(referral).toContainText(text("en", "cases:methods.phone"));
  await expect(referral).toContainText(text("en", "cases:referrals.no_reply"));
  await expect(file.closeForm().getByLabel(text("en", "cases:close.no_referral_reason"), { exact: true })).toHaveCount(0);
  await expect(file.flags()).not.toContainText(text("en", "cases:flags.urgent_without_referral"));

  const replied = uniqueText("An inspector talked with the pupils and their parents.");
  await file.recordReply(inspectorate, replied);

  await file.close("referred");
  await nav.open("cases");
  await cases.show("closed");
  await expect(await cases.card(number, "closed")).toContainText(text("en", "journal:statuses.closed"));
});

test("an appeal about the director goes to the district office, which assigns it from the people the server lists; the director reads nothing of it in the school's trail", async ({
  page,
  newPage,
  request,
}) => {
  test.setTimeout(120_000);
  const about = uniqueText("The director shouts at the pupils in the corridor.");
  await dropAppeal(request, about);
  const [registered] = await openBoxAndRegister(request, [about]);
  const number = registered?.registrationNumber ?? "";
  await routeToDistrict(request, registered?.id ?? "");

  // The district officer names the school, finds the case and opens it by its address alone.
  const nav = await signIn(page, STAFF.district.login, "en");
  await nav.open("cases");
  const cases = new CasesPage(page, "en");
  await cases.chooseSchool(SCHOOL.slug, SCHOOL.name);
  await expect(await cases.card(number)).toContainText(text("en", "cases:flags.routed_to_district"));
  await cases.open(number);
  const file = new CasePage(page, "en");
  await file.expectShown(number);
  await expect(page).toHaveURL(new RegExp(`/staff/cases/${registered?.id ?? ""}$`));
  await expect(file.fact("cases:facts.directed_by")).toHaveText(text("en", "cases:facts.district"));

  // Who can be assigned: the school's staff and the district's officers, never the director it concerns.
  const official = file
    .form("cases:assignment.heading")
    .getByLabel(text("en", "cases:assignment.official"), { exact: true });
  await expect(official.getByRole("option", { name: `${STAFF.district.fullName} — ` })).toHaveCount(1);
  await expect(official.getByRole("option", { name: `${STAFF.director.fullName} — ` })).toHaveCount(0);
  await file.assign(`${STAFF.deputy.fullName} — ${DEPUTY_POSITION}`);
  await expect(file.fact("cases:facts.official")).toHaveText(`${STAFF.deputy.fullName}, ${DEPUTY_POSITION}`);

  // Back to the district's list of the same school.
  await page.getByRole("link", { name: text("en", "cases:case.back"), exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/staff/cases\\?school=${SCHOOL.slug}$`));
  await expect(await cases.card(number)).toContainText(STAFF.deputy.fullName);

  // The director no longer sees the case, nor who read it: the school's audit trail leaves out
  // every entry about an appeal that concerns its reader.
  const directorPage = await newPage();
  const directorNav = await signIn(directorPage, STAFF.director.login, "en");
  await directorNav.open("audit");
  const trail = directorPage.getByRole("table", { name: text("en", "audit:heading") });
  await expect(
    trail.getByRole("row").filter({ hasText: text("en", "audit:actions.sign_in") }).first(),
  ).toBeVisible();
  const read = trail
    .getByRole("row")
    .filter({ hasText: text("en", "audit:actions.appeal_content_read") })
    .filter({ hasText: STAFF.district.login });
  await expect(read).toHaveCount(0);
});
