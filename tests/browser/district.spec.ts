import { accessToken, lastFinishedMonth, requirePassword, SCHOOL, STAFF } from "./api";
import { text } from "./catalogues";
import { expect, test } from "./fixtures";
import { DistrictPage } from "./pages/DistrictPage";
import { DistrictSettingsPage } from "./pages/DistrictSettingsPage";
import { SignInPage } from "./pages/SignInPage";
import { StaffNav } from "./pages/StaffNav";
import { StaffShellPage } from "./pages/StaffShellPage";

test("the district office sees its schools at a glance, with the state of each report", async ({ page, request }) => {
  // Arrange through the API: last month's report is at least a draft.
  const month = lastFinishedMonth();
  const token = await accessToken(request, STAFF.socped.login);
  const headers = { Authorization: `Bearer ${token}` };
  const query = `school=${SCHOOL.slug}&month=${month}`;
  const current = await request.get(`/api/v1/reports/monthly?${query}`, { headers });
  expect(current.status(), await current.text()).toBe(200);
  let { status } = (await current.json()) as { status: "preview" | "draft" | "published" };
  if (status === "preview") {
    const saved = await request.put(`/api/v1/reports/monthly/draft?${query}`, {
      headers,
      data: { narrative: "Drafted for the district's dashboard." },
    });
    expect(saved.status(), await saved.text()).toBe(200);
    status = ((await saved.json()) as { status: typeof status }).status;
  }

  const signIn = new SignInPage(page, "ky");
  await signIn.goto();
  await signIn.signIn(STAFF.district.login, requirePassword());
  await new StaffShellPage(page, "ky").expectShown();
  await new StaffNav(page, "ky").open("district");

  const district = new DistrictPage(page, "ky");
  await district.expectShown();
  await expect(district.school(SCHOOL.name)).toBeVisible();
  await expect(district.report(SCHOOL.name)).toContainText(text("ky", `district:schools.report.${status}`));
  await expect(district.referralInbox()).toHaveAttribute("href", "/staff/cases");
});

test("a helpline number the server refuses is marked on its own field, and nothing is saved", async ({ page }) => {
  // Refused, never saved: every public page of the demo district keeps its helplines.
  const signIn = new SignInPage(page, "ky");
  await signIn.goto();
  await signIn.switchTo("en");
  await signIn.signIn(STAFF.district.login, requirePassword());
  await new StaffShellPage(page, "en").expectShown();
  await page.goto("/staff/district/settings");
  const settings = new DistrictSettingsPage(page, "en");
  await settings.expectShown();
  const second = settings.helplineNumber(2);
  const saved = (await second.inputValue()).trim();
  expect(saved).not.toBe("");

  await second.fill("call the police");
  await settings.saveHelplines();
  await expect(second).toHaveAttribute("aria-invalid", "true");
  await expect(second).toHaveAccessibleDescription(text("en", "errors:fields.phone"));
  await expect(second).toBeFocused();
  await expect(settings.helplineNumber(1)).not.toHaveAttribute("aria-invalid", "true");

  await page.reload();
  await settings.expectShown();
  await expect(settings.helplineNumber(2)).toHaveValue(saved);
});
