import type { Page } from "@playwright/test";
import { abandonOpeningInProgress, accessToken, dropAppeal, openBoxAwaitingLastSignature, requirePassword, SCHOOL, STAFF, uniqueText } from "./api";
import { expectAccessible, checkedStates } from "./axe";
import { text } from "./catalogues";
import { expect, test } from "./fixtures";
import { CheckPage } from "./pages/CheckPage";
import { ReceiptScreen } from "./pages/ReceiptScreen";
import { SchoolPage } from "./pages/SchoolPage";
import { SignInPage } from "./pages/SignInPage";
import { StaffShellPage } from "./pages/StaffShellPage";

/**
 * axe-core at WCAG 2.2 AA on every page of the web client, in the states a person meets them
 * in: empty, filled in, refused, answered. Each state is checked where it stands; a violation
 * names the rule and the elements.
 */

/** Opens a page of the client and waits for its title (the one level-1 heading). */
async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
}

async function signIn(page: Page, login: string): Promise<void> {
  const signInPage = new SignInPage(page, "ky");
  await signInPage.goto();
  await signInPage.signIn(login, requirePassword());
  await new StaffShellPage(page, "ky").expectShown();
}

test.beforeAll(async ({ request }) => {
  requirePassword();
  await abandonOpeningInProgress(request);
});

test.afterAll(async ({ request }) => {
  await abandonOpeningInProgress(request);
  console.log(`axe (WCAG 2.2 AA): ${checkedStates.length} page states checked`);
});

test("the public pages, from the school's page to the receipt, the check, the reply, the report and the poster", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await open(page, "/");
  await expectAccessible(page, "landing page");

  const school = new SchoolPage(page, "ky");
  await school.goto(SCHOOL.slug, SCHOOL.name);
  await expectAccessible(page, "school page");
  await school.submit();
  await expect(page.getByText(text("ky", "appeal:form.text_required"), { exact: true }).first()).toBeVisible();
  await expectAccessible(page, "school page, sent empty");
  await school.chooseSigned({ name: "Айбек", kind: "student", className: "7Б" });
  await school.chooseCategory(text("ky", "appeal:categories.names.education"));
  await expectAccessible(page, "school page, signed, with categories open");
  await school.chooseAnonymous();
  await school.write(uniqueText("Ашканада тамак муздак болуп калды, балдар жебей жатышат."));
  await school.submit();
  const receiptScreen = new ReceiptScreen(page, "ky");
  await receiptScreen.expectShown();
  const receipt = await receiptScreen.receipt();
  await expectAccessible(page, "receipt");

  const check = new CheckPage(page, "ky");
  await check.goto();
  await expectAccessible(page, "check page");
  await check.check("0000-0000-0000-0000");
  await expect(check.alert()).toBeVisible();
  await expectAccessible(page, "check page, unknown receipt");
  await check.check(receipt);
  await expect(check.result()).toBeVisible();
  await expectAccessible(page, "check page, the appeal's status");
  await check.reply("Дагы бир нерсе: нан да эски.");
  await expect(check.result().getByLabel(text("ky", "track:reply_label"), { exact: true })).toHaveValue("");
  await expectAccessible(page, "check page, the reply sent");

  await open(page, `/s/${SCHOOL.slug}/reports`);
  await expectAccessible(page, "parents' report");
  await open(page, `/s/${SCHOOL.slug}/poster`);
  await expectAccessible(page, "poster");
  await open(page, "/s/no-such-school");
  await expectAccessible(page, "school not found");
  await open(page, "/nowhere");
  await expectAccessible(page, "page not found");
});

test("the school's staff pages, signed in as the director and the administrator", async ({ page, newPage }) => {
  test.setTimeout(180_000);
  const signInPage = new SignInPage(page, "ky");
  await signInPage.goto();
  await expectAccessible(page, "sign-in");
  await signInPage.signIn(STAFF.director.login, "not the password");
  await expect(signInPage.alert()).toBeVisible();
  await expectAccessible(page, "sign-in, refused");
  await signInPage.signIn(STAFF.director.login, requirePassword());
  await new StaffShellPage(page, "ky").expectShown();
  await expectAccessible(page, "start page (director)");
  for (const [path, state] of [
    ["/staff/cases", "inbox"],
    ["/staff/box", "openings"],
    ["/staff/journal", "journal"],
    ["/staff/audit", "audit trail"],
    ["/staff/reports", "reports"],
    ["/staff/working-group", "working group"],
    ["/staff/settings/school", "school settings"],
    ["/staff/settings/holidays", "holidays"],
    ["/staff/account/box-passphrase", "box passphrase"],
    ["/staff/account/two-factor", "two-factor sign-in"],
  ] as const) {
    await open(page, path);
    await expectAccessible(page, `${state} (director)`);
  }

  const admin = await newPage();
  await signIn(admin, STAFF.admin.login);
  await expectAccessible(admin, "start page (administrator)");
  await open(admin, "/staff/settings/staff");
  await expectAccessible(admin, "staff (administrator)");
});

test("an opening, its act and a case, as a member of the working group and the director", async ({
  page,
  newPage,
  request,
}) => {
  test.setTimeout(180_000);
  await dropAppeal(request, uniqueText("Коридордо терезе сынык, суук кирип жатат."));
  const opening = await openBoxAwaitingLastSignature(request);

  await signIn(page, STAFF.wg1.login);
  await expectAccessible(page, "start page (working group, an opening in progress)");
  await open(page, `/staff/box/${opening}`);
  await expectAccessible(page, "opening, awaiting a signature");
  await open(page, `/staff/box/${opening}/act`);
  await expectAccessible(page, "act, awaiting a signature");

  const token = await accessToken(request, STAFF.wg1.login);
  const signed = await request.post(`/api/v1/box-openings/${opening}/sign`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(signed.status(), await signed.text()).toBe(200);
  await open(page, `/staff/box/${opening}/act`);
  await expectAccessible(page, "act, signed");
  await open(page, "/staff/journal/print");
  await expectAccessible(page, "journal, printed");

  const director = await accessToken(request, STAFF.director.login);
  const listed = await request.get("/api/v1/cases", {
    headers: { Authorization: `Bearer ${director}` },
    params: { school: SCHOOL.slug, state: "all", per_page: 1 },
  });
  expect(listed.status(), await listed.text()).toBe(200);
  const { items } = (await listed.json()) as { items: { id: string }[] };
  const directorPage = await newPage();
  await signIn(directorPage, STAFF.director.login);
  await open(directorPage, `/staff/cases/${items[0]?.id ?? ""}`);
  await expectAccessible(directorPage, "case (director)");
});

test("the district office's pages", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, STAFF.district.login);
  await expectAccessible(page, "start page (district office)");
  for (const [path, state] of [
    ["/staff/district", "district"],
    ["/staff/district/schools", "district schools"],
    ["/staff/district/settings", "district settings"],
    ["/staff/district/integrations", "district integrations"],
    ["/staff/district/box-key", "district box key"],
    ["/staff/cases", "district inbox"],
    ["/staff/audit", "district audit trail"],
  ] as const) {
    await open(page, path);
    await expectAccessible(page, `${state} (district office)`);
  }
});
