import { LANGUAGES, text } from "./catalogues";
import { expect, test } from "./fixtures";
import { LandingPage } from "./pages/LandingPage";
import { SignInPage } from "./pages/SignInPage";
import { StaffNav } from "./pages/StaffNav";
import { StaffShellPage } from "./pages/StaffShellPage";

const password = process.env.ISHENIM_E2E_PASSWORD ?? "";

const director = {
  login: "demo.director",
  fullName: "Aida Kangeldieva",
  // Free text in the data; the demo seed writes the director's position as a word.
  position: /^director$/i,
  school: "School No. 31 Yntymak",
  roles: ["director"],
};

test.beforeAll(() => {
  if (!password) throw new Error("Set ISHENIM_E2E_PASSWORD to the password given to `ishenim seed-demo`");
});

test("a director signs in, reads the shell in three languages and signs out", async ({ page }) => {
  // The start page leads staff to the sign-in page, in Kyrgyz.
  const landing = new LandingPage(page, "ky");
  await landing.goto();
  await landing.staffLink().click();
  const signIn = new SignInPage(page, "ky");
  await signIn.expectShown();
  await signIn.languages.expectVisible("ky");

  await signIn.switchTo("en");
  await signIn.signIn(director.login, password);

  const shell = new StaffShellPage(page, "en");
  await shell.expectShown();
  await shell.expectPerson(director);

  await shell.switchTo("ky");
  await shell.expectShown();
  await expect(shell.heading()).toHaveText(text("ky", "staff:shell.title"));
  await expect(shell.signOutButton()).toHaveText(text("ky", "auth:sign_out"));
  await shell.expectPerson(director);

  await shell.switchTo("ru");
  await shell.expectShown();
  await expect(shell.heading()).toHaveText(text("ru", "staff:shell.title"));
  await expect(shell.signOutButton()).toHaveText(text("ru", "auth:sign_out"));
  await shell.expectPerson(director);

  // A reload keeps the session (refresh token in this tab) and the language.
  await page.reload();
  await shell.expectShown();
  await shell.expectPerson(director);

  await shell.signOut();
  const after = new SignInPage(page, "ru");
  await after.expectShown();
  await expect(after.status()).toHaveText(text("ru", "auth:sign_in.signed_out"));

  // Signed out means signed out: the shell sends back to the sign-in page.
  await page.goto("/staff");
  await after.expectShown();
});

test("a wrong password is refused with a translated error", async ({ page }) => {
  const signIn = new SignInPage(page, "ky");
  await signIn.goto();
  await signIn.signIn(director.login, `${password}-wrong`);
  await expect(signIn.alert()).toHaveText(text("ky", "errors:codes.invalid_credentials"));
  await expect(page).toHaveURL(/\/staff\/login$/);

  // The message follows the language, without asking the server again.
  for (const language of LANGUAGES) {
    await signIn.switchTo(language);
    await expect(signIn.heading()).toBeVisible();
    await expect(signIn.alert()).toHaveText(text(language, "errors:codes.invalid_credentials"));
  }
});

test("the start page says what Ishenim is and leads to a school's box and to checking an appeal", async ({ page }) => {
  const landing = new LandingPage(page, "ky");
  await landing.goto();
  await expect(landing.checkLink()).toHaveAttribute("href", "/check");
  await landing.goToSchool("school-31");
  await expect(page).toHaveURL(/\/s\/school-31$/);
  await expect(page.getByRole("heading", { level: 1, name: "School No. 31 Yntymak" })).toBeVisible();

  // The header's name leads back to the start page, not to the staff sign-in.
  await page.getByRole("link", { name: new RegExp(`^${text("ky", "common:app_name")}`) }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("heading", { level: 1, name: text("ky", "landing:title") })).toBeVisible();
});

test("staff who are signed in see only the sections their roles allow", async ({ page }) => {
  const signIn = new SignInPage(page, "ky");
  await signIn.goto();
  await signIn.signIn("demo.socped", password);
  await new StaffShellPage(page, "ky").expectShown();
  const nav = new StaffNav(page, "ky");
  await nav.expectSections(["home", "cases", "journal", "reports"]);
});
