import type { Page } from "@playwright/test";
import { abandonOpeningInProgress, dropAppeal, requirePassword, schoolToday, STAFF, uniqueText } from "./api";
import { plural, text, type Language } from "./catalogues";
import { expect, test } from "./fixtures";
import { ActPage } from "./pages/ActPage";
import { JournalPage } from "./pages/JournalPage";
import { OpeningPage } from "./pages/OpeningPage";
import { OpeningsPage } from "./pages/OpeningsPage";
import { SignInPage } from "./pages/SignInPage";
import { StaffNav } from "./pages/StaffNav";
import { StaffShellPage } from "./pages/StaffShellPage";
import { WorkingGroupPage } from "./pages/WorkingGroupPage";

// The school's language: the act is written in it, whatever language each person reads.
const SCHOOL_LANGUAGE: Language = "ky";

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
  // Every spec shares one school: a test that stopped half-way must not block this one.
  await abandonOpeningInProgress(request);
});

test.afterAll(async ({ request }) => {
  // Nor may this one leave an opening in progress for the specs after it.
  await abandonOpeningInProgress(request);
});

test("three members open the box, enter the paper notes, sign the act; the director acknowledges it; the journal is verified", async ({
  page,
  newPage,
  request,
}) => {
  test.setTimeout(180_000);
  // The first member (in Kyrgyz) looks at the box.
  const nav1 = await signIn(page, STAFF.wg1.login, "ky");
  await nav1.expectSections(["home", "cases", "box", "box_passphrase", "journal", "reports"]);
  await nav1.open("box");
  const openings1 = new OpeningsPage(page, "ky");
  await openings1.expectShown();
  const day = await schoolToday(request);
  const before = await openings1.sealedCount();

  // An appeal dropped now does not show in the count until tomorrow: nobody can watch the
  // count rise the minute a child presses "send".
  const online = uniqueText("Спортзалдагы жарык күйбөй калды, кечинде машыгууга болбойт.");
  await dropAppeal(request, online);
  await page.reload();
  await openings1.expectShown();
  const after = await openings1.sealedCount();
  if ((await schoolToday(request)) === day) expect(after).toBe(before);

  // The opening still takes out everything sealed, today's drop too.
  await openings1.start();
  const opening1 = new OpeningPage(page, "ky");
  await opening1.expectShown();
  await opening1.expectConfirmationsNeeded(2);
  await opening1.expectMembers([STAFF.wg1.fullName]);
  await opening1.expectExpected([STAFF.wg2.fullName, STAFF.wg3.fullName]);
  await expect(opening1.confirmButton()).toHaveCount(0);

  // The second member (in Russian, on another device) is led there from their start page.
  const page2 = await newPage();
  await signIn(page2, STAFF.wg2.login, "ru");
  const home2 = new StaffShellPage(page2, "ru");
  await expect(home2.openingBanner()).toContainText(text("ru", "staff:opening.join"));
  await home2.goToOpening();
  const opening2 = new OpeningPage(page2, "ru");
  await opening2.expectShown();
  await opening2.confirm();
  await opening2.expectConfirmationsNeeded(1);
  // The first member's page follows by itself.
  await opening1.expectConfirmationsNeeded(1);
  await opening1.expectExpected([STAFF.wg3.fullName]);

  // The third member (in English) confirms: the quorum is reached and the box opens.
  const page3 = await newPage();
  const nav3 = await signIn(page3, STAFF.wg3.login, "en");
  await nav3.open("box");
  await new OpeningsPage(page3, "en").goToOpeningInProgress();
  const opening3 = new OpeningPage(page3, "en");
  await opening3.expectShown();
  await opening3.expectConfirmationsNeeded(1);
  await opening3.confirm();

  // Everyone reads the online appeal, with its text.
  for (const opening of [opening3, opening1, opening2]) {
    await expect(opening.appeal(online)).toBeVisible();
  }
  await expect(opening3.appeal(online)).toContainText(text("en", "box:channel.online"));
  await opening1.expectMembers([STAFF.wg1.fullName, STAFF.wg2.fullName, STAFF.wg3.fullName]);

  // The paper notes from the physical box: one taken, one set aside as not an appeal.
  const paper = uniqueText("Кагаз кат: 12-кабинеттин терезеси сынган, суук кирип жатат.");
  await opening1.enterPaperNote({ text: paper });
  const notAnAppeal = uniqueText("Нан, сүт, алма.");
  await opening2.enterPaperNote({ text: notAnAppeal });
  await opening2.setAside(notAnAppeal, "not_an_appeal");
  // The others see both notes as they are.
  await expect(opening3.appeal(paper)).toBeVisible();
  await opening3.expectSetAside(notAnAppeal, "not_an_appeal");

  // All three sign; the act is frozen with its number.
  await opening1.expectSignaturesNeeded(3);
  await opening1.sign();
  await opening2.expectSignaturesNeeded(2);
  await opening2.sign();
  await opening3.expectSignaturesNeeded(1);
  await opening3.sign(true);
  const number = await opening3.expectSigned();
  expect(number).toMatch(/^\d{4}\/\d{2,}$/);
  expect(await opening1.expectSigned()).toBe(number);

  // The act, in the school's language, with the counts and the registration numbers.
  await opening3.openAct();
  const act3 = new ActPage(page3, SCHOOL_LANGUAGE, "en");
  await act3.expectShown(number);
  await act3.expectMembers([STAFF.wg1.fullName, STAFF.wg2.fullName, STAFF.wg3.fullName]);
  const onlineCount = await act3.count("online");
  expect(onlineCount).toBeGreaterThanOrEqual(1);
  expect(await act3.count("paper")).toBe(2);
  expect(await act3.count("not_accepted_not_an_appeal")).toBe(1);
  expect(await act3.count("not_accepted_obscene_language")).toBe(0);
  const registered = await act3.count("registered");
  expect(registered).toBe(onlineCount + 2 - 1);
  const registrationNumbers = await act3.registrationNumbers();
  expect(registrationNumbers).toHaveLength(registered);
  for (const registration of registrationNumbers) expect(registration).toMatch(/^\d{4}\/\d+$/);
  const head = await act3.journalHead();
  expect(head.seq).toBeGreaterThanOrEqual(registered);
  expect(head.hash).toMatch(/^[0-9a-f]{64}$/);
  // Printed, the act is the act alone.
  await expect(act3.printButton()).toBeVisible();
  await page3.emulateMedia({ media: "print" });
  await expect(act3.printButton()).toBeHidden();
  await expect(nav3.nav()).toBeHidden();
  await expect(act3.act()).toBeVisible();
  await page3.emulateMedia({ media: "screen" });
  // Only the director acknowledges.
  await expect(act3.acknowledgeButton()).toHaveCount(0);

  // The director (in English) finds the act waiting, opens it and acknowledges it.
  const directorPage = await newPage();
  const directorNav = await signIn(directorPage, STAFF.director.login, "en");
  await directorNav.expectSections([
    "home",
    "cases",
    "box",
    "journal",
    "reports",
    "audit",
    "school_settings",
    "staff_roles",
    "working_group",
    "holidays",
  ]);
  const inbox = directorPage.getByRole("region", { name: text("en", "staff:inbox.heading") });
  const waiting = inbox.getByRole("link", { name: new RegExp(`^Act No\\. ${number.replace("/", "\\/")}, signed `) });
  await expect(waiting).toBeVisible();
  await waiting.click();
  const directorAct = new ActPage(directorPage, SCHOOL_LANGUAGE, "en");
  await directorAct.expectShown(number);
  await expect(directorPage.getByText(text("en", "box:act.language_note", { language: "Кыргызча" }))).toBeVisible();
  await directorAct.acknowledge(STAFF.director.fullName);
  await directorNav.open("home");
  await expect(inbox).toBeVisible();
  await expect(waiting).toHaveCount(0);

  // The journal: verified, with the rows the act registered.
  await directorNav.open("journal");
  const journal = new JournalPage(directorPage, "en");
  await journal.expectShown();
  await journal.expectValid();
  for (const registration of registrationNumbers) {
    const row = await journal.row(registration);
    await expect(row).toContainText(text("en", "journal:not_assigned"));
  }
  const paperRow = await journal.row(registrationNumbers[registrationNumbers.length - 1] ?? "");
  await expect(paperRow).toContainText(text("en", "journal:channels.paper"));

  // The past openings list the act; nothing is left in progress.
  await nav1.open("box");
  await expect(openings1.pastOpenings().getByRole("link", { name: text("ky", "box:list.act", { number }) })).toBeVisible();
  await expect(openings1.startButton()).toBeVisible();
});

test("an opening abandoned after a confirmation dialog puts every appeal back into the box, sealed", async ({
  page,
  request,
}) => {
  const online = uniqueText("The heating in the library does not work.");
  await dropAppeal(request, online);

  const nav = await signIn(page, STAFF.wg2.login, "en");
  await nav.open("box");
  const openings = new OpeningsPage(page, "en");
  await openings.expectShown();
  const day = await schoolToday(request);
  const sealed = await openings.sealedCount();
  await openings.start();
  const opening = new OpeningPage(page, "en");
  await opening.expectShown();

  // The dialog explains what abandoning does; "No" and Escape leave everything as it was.
  await opening.askToAbandon();
  await opening.abandonDialog().getByRole("button", { name: text("en", "box:abandon.cancel"), exact: true }).click();
  await expect(opening.abandonDialog()).toHaveCount(0);
  await opening.askToAbandon();
  await page.keyboard.press("Escape");
  await expect(opening.abandonDialog()).toHaveCount(0);
  await opening.expectConfirmationsNeeded(2);

  await opening.askToAbandon();
  await opening.confirmAbandon();

  await page.getByRole("link", { name: text("en", "box:opening.back"), exact: true }).click();
  await openings.expectShown();
  const again = await openings.sealedCount();
  if ((await schoolToday(request)) === day) expect(again).toBe(sealed);
  await expect(openings.startButton()).toBeVisible();
});

test("the director or the administrator names who is in the working group", async ({ page }) => {
  const nav = await signIn(page, STAFF.admin.login, "ru");
  await nav.expectSections(["home", "journal", "reports", "school_settings", "staff_roles", "working_group", "holidays"]);
  await nav.open("working_group");
  const group = new WorkingGroupPage(page, "ru");
  await group.expectShown();
  const deputy = group.toggle(STAFF.deputy.fullName);
  await expect(group.toggle(STAFF.wg1.fullName)).toBeChecked();
  await expect(deputy).not.toBeChecked();

  await deputy.check();
  await expect(deputy).toBeChecked();
  await page.reload();
  await expect(deputy).toBeChecked();
  // Taken off again: the demo working group stays as the seed made it.
  await deputy.uncheck();
  await expect(deputy).not.toBeChecked();
  await page.reload();
  await expect(deputy).not.toBeChecked();
  await expect(page.getByText(plural("ru", "group:count", 3), { exact: true })).toBeVisible();
});
