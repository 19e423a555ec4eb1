import type { Page } from "@playwright/test";
import { abandonOpeningInProgress, dropAppeal, openBoxAwaitingLastSignature, requirePassword, STAFF, uniqueText } from "./api";
import { type Language } from "./catalogues";
import { expect, test } from "./fixtures";
import { OpeningPage } from "./pages/OpeningPage";
import { SignInPage } from "./pages/SignInPage";
import { StaffShellPage } from "./pages/StaffShellPage";

/**
 * What a person never sees but the browser reports: warnings and errors in the console,
 * and API requests the server refuses (4xx). A page that asks for what its reader may not
 * have, or goes on asking after the thing has moved on, shows up here.
 */
function watchClientErrors(page: Page): string[] {
  const reported: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "warning" || message.type() === "error") reported.push(`${message.type()}: ${message.text()}`);
  });
  page.on("response", (response) => {
    const url = new URL(response.url());
    if (url.pathname.startsWith("/api/") && response.status() >= 400 && response.status() < 500) {
      reported.push(`${response.status()} ${response.request().method()} ${url.pathname}`);
    }
  });
  return reported;
}

async function signIn(page: Page, login: string, language: Language): Promise<StaffShellPage> {
  const signInPage = new SignInPage(page, "ky");
  await signInPage.goto();
  if (language !== "ky") await signInPage.switchTo(language);
  await signInPage.signIn(login, requirePassword());
  const shell = new StaffShellPage(page, language);
  await shell.expectShown();
  return shell;
}

/** Opens `path` directly, as a bookmark or a reload would, and waits until it has settled. */
async function loadDirectly(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.waitForLoadState("networkidle");
}

test.beforeAll(async ({ request }) => {
  requirePassword();
  await abandonOpeningInProgress(request);
});

test.afterAll(async ({ request }) => {
  await abandonOpeningInProgress(request);
});

for (const person of [STAFF.deputy, STAFF.socped]) {
  test(`${person.login}: the staff pages load directly with nothing refused and no warning`, async ({ page }) => {
    const reported = watchClientErrors(page);
    await signIn(page, person.login, "ru");
    for (const path of ["/staff", "/staff/cases", "/staff/journal", "/staff/reports"]) {
      await loadDirectly(page, path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    }
    expect(reported).toEqual([]);
  });
}

test("a member's pages ask nothing refused once the act is signed", async ({ page, newPage, request }) => {
  test.setTimeout(90_000);
  await dropAppeal(request, uniqueText("В столовой нет горячей воды."));
  const id = await openBoxAwaitingLastSignature(request);

  // A member who has signed follows the opening on another device.
  const other = await newPage();
  const otherReported = watchClientErrors(other);
  await signIn(other, STAFF.wg2.login, "en");
  await loadDirectly(other, `/staff/box/${id}`);
  const otherOpening = new OpeningPage(other, "en");
  await otherOpening.expectShown();

  // The last member signs.
  const reported = watchClientErrors(page);
  await signIn(page, STAFF.wg1.login, "en");
  await loadDirectly(page, `/staff/box/${id}`);
  const opening = new OpeningPage(page, "en");
  await opening.expectShown();
  await opening.expectSignaturesNeeded(1);
  await opening.sign(true);
  const number = await opening.expectSigned();
  expect(await otherOpening.expectSigned()).toBe(number);
  // Longer than the pages' polling: neither asks again for what the signature closed.
  await page.waitForTimeout(7_000);

  for (const shown of [page, other]) {
    await loadDirectly(shown, "/staff");
    await loadDirectly(shown, "/staff/box");
    await loadDirectly(shown, `/staff/box/${id}`);
    await loadDirectly(shown, `/staff/box/${id}/act`);
  }
  expect(reported).toEqual([]);
  expect(otherReported).toEqual([]);
});
