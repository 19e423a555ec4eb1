import type { Locator, Page } from "@playwright/test";
import { abandonOpeningInProgress, dropAppeal, openBoxAndRegister, requirePassword, SCHOOL, STAFF, uniqueText } from "./api";
import { text, type Language } from "./catalogues";
import { expect, test } from "./fixtures";
import { DistrictPage } from "./pages/DistrictPage";
import { JournalPage } from "./pages/JournalPage";
import { SignInPage } from "./pages/SignInPage";
import { StaffNav } from "./pages/StaffNav";
import { StaffShellPage } from "./pages/StaffShellPage";

const LAPTOP = { width: 1366, height: 768 };
const PHONE = { width: 360, height: 740 };

async function signIn(page: Page, login: string, language: Language): Promise<StaffNav> {
  const signInPage = new SignInPage(page, "ky");
  await signInPage.goto();
  if (language !== "ky") await signInPage.switchTo(language);
  await signInPage.signIn(login, requirePassword());
  await new StaffShellPage(page, language).expectShown();
  return new StaffNav(page, language);
}

/**
 * `shown` lies wholly inside the width the page gives it: neither past the screen's edge nor
 * hidden in a table that must be scrolled sideways to reach it.
 */
async function expectInSight(page: Page, shown: Locator): Promise<void> {
  await expect(shown).toBeVisible();
  const box = await shown.boundingBox();
  const width = page.viewportSize()?.width ?? 0;
  expect(box, "where it is drawn").not.toBeNull();
  const right = (box?.x ?? 0) + (box?.width ?? 0);
  expect(box?.x ?? -1, "left edge").toBeGreaterThanOrEqual(0);
  expect(right, "right edge").toBeLessThanOrEqual(width);
  const clip = await shown.evaluate((element) => {
    for (let parent = element.parentElement; parent; parent = parent.parentElement) {
      const style = getComputedStyle(parent);
      if (style.overflowX !== "visible") return parent.getBoundingClientRect().right;
    }
    return Number.POSITIVE_INFINITY;
  });
  expect(right, "right edge, within its scrolling box").toBeLessThanOrEqual(clip);
}

let registered = "";

test.beforeAll(async ({ request }) => {
  requirePassword();
  await abandonOpeningInProgress(request);
  const appeal = uniqueText("В кабинете физики сломан проектор.");
  await dropAppeal(request, appeal);
  const [registeredCase] = await openBoxAndRegister(request, [appeal]);
  registered = registeredCase?.registrationNumber ?? "";
});

test("on a laptop the journal shows every column, categories, urgent and status among them", async ({ page }) => {
  await page.setViewportSize(LAPTOP);
  const nav = await signIn(page, STAFF.director.login, "ru");
  await nav.open("journal");
  const journal = new JournalPage(page, "ru");
  await journal.expectShown();
  for (const column of ["number", "official", "measures", "categories", "urgent", "status"] as const) {
    await expectInSight(page, journal.columnHeader(column));
  }
});

test("on a phone a journal row is a card with its urgency and status in sight", async ({ page }) => {
  await page.setViewportSize(PHONE);
  const nav = await signIn(page, STAFF.director.login, "ru");
  await nav.open("journal");
  const journal = new JournalPage(page, "ru");
  await journal.expectShown();
  const row = await journal.row(registered);
  const cells = row.getByRole("cell");
  await expectInSight(page, cells.nth(6));
  await expectInSight(page, cells.nth(7));
  await expect(cells.nth(7)).toContainText(text("ru", "journal:statuses.registered"));
});

test("on a laptop the district's table shows the journal column", async ({ page }) => {
  await page.setViewportSize(LAPTOP);
  const nav = await signIn(page, STAFF.district.login, "ru");
  await nav.open("district");
  const district = new DistrictPage(page, "ru");
  await district.expectShown();
  await expectInSight(page, district.columnHeader("journal"));
  await expectInSight(page, district.columnHeader("urgent_unreferred"));
});

test("on a phone each school is a card with its urgent appeals and its journal in sight", async ({ page }) => {
  await page.setViewportSize(PHONE);
  const nav = await signIn(page, STAFF.district.login, "ru");
  await nav.open("district");
  const district = new DistrictPage(page, "ru");
  await district.expectShown();
  for (const column of ["urgent_unreferred", "journal"] as const) {
    await expectInSight(page, district.cell(SCHOOL.name, column));
  }
});
