import { lastFinishedMonth, requirePassword, SCHOOL, STAFF, uniqueText } from "./api";
import { text } from "./catalogues";
import { expect, test } from "./fixtures";
import { LanguageSwitcher } from "./pages/LanguageSwitcher";
import { ParentsReportPage } from "./pages/ParentsReportPage";
import { ReportPage } from "./pages/ReportPage";
import { SchoolPage } from "./pages/SchoolPage";
import { SignInPage } from "./pages/SignInPage";
import { StaffShellPage } from "./pages/StaffShellPage";

test("the social pedagogue writes and publishes last month's report, and parents read it", async ({ page, newPage }) => {
  const month = lastFinishedMonth();
  const words = uniqueText("This month the box was opened and every appeal was answered.");
  const russian = uniqueText("В этом месяце ящик вскрывали, и на каждое обращение ответили.");

  const signIn = new SignInPage(page, "ky");
  await signIn.goto();
  await signIn.signIn(STAFF.socped.login, requirePassword());
  const shell = new StaffShellPage(page, "ky");
  await shell.expectShown();

  // The social pedagogue's start page points at the report.
  await page.getByRole("link", { name: text("ky", "staff:start.report"), exact: true }).click();
  const report = new ReportPage(page, "ky");
  await report.expectShown();
  await report.expectMonth(month);
  await expect(report.figures("reports:figures.appeals")).toBeVisible();
  await expect(report.figures("reports:figures.answers")).toBeVisible();

  await report.saveNarrative(words, { ru: russian });
  await expect(report.status("draft")).toBeVisible();
  await report.publish();
  await expect(page.getByRole("button", { name: text("ky", "reports:correction.start"), exact: true })).toBeVisible();

  // An anonymous visitor, on another phone, finds the report from the school's page.
  const visitor = await newPage();
  const school = new SchoolPage(visitor, "ky");
  await school.goto(SCHOOL.slug, SCHOOL.name);
  await visitor.getByRole("link", { name: text("ky", "school:reports_link"), exact: true }).click();
  const parents = new ParentsReportPage(visitor, "ky");
  await parents.expectShown(SCHOOL.name);
  await expect(parents.narrative()).toContainText(words);
  // Counts are printed as the server shows them: a number, or "<3".
  await expect(await parents.count("registered")).toHaveText(/^(\d+|<3)$/);
  await expect(await parents.count("found")).toHaveText(/^(\d+|<3)$/);

  // The month's own address shows the same report; in Russian, its Russian narrative.
  await visitor.goto(`/s/${SCHOOL.slug}/reports/${month}`);
  await parents.expectShown(SCHOOL.name);
  await expect(parents.narrative()).toContainText(words);
  await new LanguageSwitcher(visitor).choose("ru");
  const inRussian = new ParentsReportPage(visitor, "ru");
  await expect(inRussian.narrative()).toContainText(russian);
  await expect(inRussian.narrative().getByText(russian)).toHaveAttribute("lang", "ru");
});
