import { text } from "./catalogues";
import { expect, test } from "./fixtures";
import { ReceiptScreen } from "./pages/ReceiptScreen";
import { SchoolPage } from "./pages/SchoolPage";
import { SignInPage } from "./pages/SignInPage";
import { StaffShellPage } from "./pages/StaffShellPage";
import { schoolToday, sealedCountOf, STAFF } from "./api";
import { dangerLine } from "./samples";

const password = process.env.ISHENIM_E2E_PASSWORD ?? "";
const school = { slug: "school-31", name: "School No. 31 Yntymak" };

test.beforeAll(() => {
  if (!password) throw new Error("Set ISHENIM_E2E_PASSWORD to the password given to `ishenim seed-demo`");
});

test("an urgent appeal gives the writer the numbers to call and alerts the director, without its content", async ({
  page,
  request,
}) => {
  const today = await schoolToday(request);
  const sealedBefore = await sealedCountOf(request, STAFF.director.login);
  const schoolPage = new SchoolPage(page, "ky");
  await schoolPage.goto(school.slug, school.name);
  await schoolPage.switchTo("ru");
  const appeal = dangerLine("violence", "Старшеклассники бьют меня за школой почти каждый день.");
  await schoolPage.write(appeal);
  await schoolPage.submit();

  const receiptScreen = new ReceiptScreen(page, "ru");
  await receiptScreen.expectShown();
  await receiptScreen.expectUrgentHelp();
  const day = await receiptScreen.submittedOn();

  // The director signs in and sees the alert: the day, never the words.
  await page.goto("/staff/login");
  const signIn = new SignInPage(page, "ru");
  await signIn.expectShown();
  await signIn.signIn("demo.director", password);
  const shell = new StaffShellPage(page, "ru");
  await shell.expectShown();
  await expect(shell.urgentBanner()).toBeVisible();
  await expect(shell.urgentAlert(day).first()).toBeVisible();
  await expect(page.getByText(appeal)).toHaveCount(0);
  // The alert comes at once; the count of the box only from tomorrow.
  const sealedAfter = await shell.sealedCount();
  if ((await schoolToday(request)) === today) expect(sealedAfter).toBe(sealedBefore);
});

test("staff who may not see alerts see no banner", async ({ page }) => {
  const schoolPage = new SchoolPage(page, "ky");
  await schoolPage.goto(school.slug, school.name);
  await schoolPage.switchTo("en");
  await schoolPage.write(dangerLine("threat", "He said he will kill me after school."));
  await schoolPage.submit();
  await new ReceiptScreen(page, "en").expectUrgentHelp();

  await page.goto("/staff/login");
  const asked: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).pathname === "/api/v1/alerts") asked.push(request.url());
  });
  await new SignInPage(page, "en").signIn("demo.socped", password);
  const shell = new StaffShellPage(page, "en");
  await shell.expectShown();
  await expect(shell.account()).toBeVisible();
  await page.waitForLoadState("networkidle");
  // The server would refuse: the page does not even ask.
  expect(asked).toEqual([]);
  await expect(shell.urgentBanner()).toHaveCount(0);
  await expect(page.getByRole("alert")).toHaveCount(0);
});
