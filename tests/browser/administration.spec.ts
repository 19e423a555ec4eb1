import type { APIRequestContext, Page } from "@playwright/test";
import { accessToken, requirePassword, SCHOOL, STAFF } from "./api";
import { inLanguage, text, type Language } from "./catalogues";
import { expect, test } from "./fixtures";
import { SchoolPage } from "./pages/SchoolPage";
import { SchoolSettingsPage } from "./pages/SchoolSettingsPage";
import { SignInPage } from "./pages/SignInPage";
import { StaffNav } from "./pages/StaffNav";
import { StaffRolesPage } from "./pages/StaffRolesPage";
import { StaffShellPage } from "./pages/StaffShellPage";

/** The demo seed's quorum, which the other specs' openings count on. */
const SEEDED_QUORUM = 3;

async function signIn(page: Page, login: string, password: string, language: Language): Promise<StaffNav> {
  const signInPage = new SignInPage(page, "ky");
  await signInPage.goto();
  if (language !== "ky") await signInPage.switchTo(language);
  await signInPage.signIn(login, password);
  await new StaffShellPage(page, language).expectShown();
  return new StaffNav(page, language);
}

/** Puts the school's quorum back as the seed made it, whatever a failed run left. */
async function restoreQuorum(request: APIRequestContext): Promise<void> {
  const headers = { Authorization: `Bearer ${await accessToken(request, STAFF.admin.login)}` };
  const school = (await (await request.get(`/api/v1/schools/${SCHOOL.slug}`, { headers })).json()) as {
    name: string;
    settings: Record<string, unknown>;
  };
  if (school.settings.opening_quorum === SEEDED_QUORUM) return;
  const saved = await request.put(`/api/v1/schools/${SCHOOL.slug}/settings`, {
    headers,
    data: { name: school.name, ...school.settings, opening_quorum: SEEDED_QUORUM },
  });
  expect(saved.status(), await saved.text()).toBe(200);
}

test.beforeAll(() => {
  requirePassword();
});

test.afterAll(async ({ request }) => {
  await restoreQuorum(request);
});

test("the school administrator adds an official, who signs in with the first password, and changes the quorum", async ({
  page,
  newPage,
}) => {
  const nav = await signIn(page, STAFF.admin.login, requirePassword(), "ru");
  await nav.open("staff_roles");
  const staff = new StaffRolesPage(page, "ru");
  await staff.expectShown();
  // Only the roles within the administrator's reach are offered: never the director's.
  await expect(
    staff.addForm().getByRole("checkbox", { name: text("ru", "staff:roles.director"), exact: true }),
  ).toHaveCount(0);

  const member = {
    fullName: "Айгуль Осмонова",
    position: "Психолог",
    positions: { ru: "Педагог-психолог" },
    login: `e2e.official.${Date.now().toString(36)}`,
    roles: ["official"],
  };
  await staff.add(member);
  const password = await staff.firstPassword(member);
  expect(password).toMatch(/^\S{10,}$/);
  const row = staff.row(member.fullName);
  await expect(row).toContainText(member.login);
  // The page is Russian: the position given in Russian is the one it shows.
  await expect(row).toContainText(member.positions.ru);
  await expect(row).toContainText(text("ru", "staff:roles.official"));
  await expect(row).toContainText(text("ru", "admin:staff.active"));
  await staff.dismissPassword();
  await expect(page.getByText(password, { exact: true })).toHaveCount(0);

  // The new member, on a device of their own, signs in with the password handed over.
  const memberPage = await newPage();
  await signIn(memberPage, member.login, password, "ky");
  await new StaffShellPage(memberPage, "ky").expectPerson({
    fullName: member.fullName,
    position: member.position,
    school: SCHOOL.name,
    roles: member.roles,
  });

  // The administrator changes the quorum, and it stays changed.
  await nav.open("school_settings");
  const settings = new SchoolSettingsPage(page, "ru");
  await settings.expectShown();
  await expect(settings.quorum()).toHaveValue(String(SEEDED_QUORUM));
  await settings.quorum().fill("4");
  await settings.save();
  await expect(settings.saved()).toBeVisible();
  await page.reload();
  await settings.expectShown();
  await expect(settings.quorum()).toHaveValue("4");

  // Back as the seed made it, through the page too.
  await settings.quorum().fill(String(SEEDED_QUORUM));
  await settings.save();
  await expect(settings.saved()).toBeVisible();
});

test("the district administrator names a new school in each language, and a Russian page shows its Russian name", async ({
  page,
  newPage,
}) => {
  const id = Date.now().toString(36);
  const slug = `e2e-names-${id}`;
  const names = { ky: `№${id} «Ынтымак» мектеби`, ru: `Школа №${id} «Ынтымак»`, en: `School No. ${id} Yntymak` };
  const nav = await signIn(page, STAFF.district.login, requirePassword(), "ru");
  await nav.open("district_schools");
  const form = page.getByRole("form", { name: text("ru", "admin:schools.new_heading"), exact: true });
  await expect(form).toBeVisible();
  // Kyrgyz, the new school's language, first and required; Russian and English optional.
  await expect(form.getByLabel(text("ru", "admin:schools.language"), { exact: true })).toHaveValue("ky");
  const nameGroup = form.getByRole("group", { name: text("ru", "admin:schools.name"), exact: true });
  await nameGroup.getByLabel(inLanguage("ru", "ky", "required"), { exact: true }).fill(names.ky);
  await nameGroup.getByLabel(inLanguage("ru", "ru", "optional"), { exact: true }).fill(names.ru);
  await nameGroup.getByLabel(inLanguage("ru", "en", "optional"), { exact: true }).fill(names.en);
  await form.getByLabel(text("ru", "admin:schools.slug"), { exact: true }).fill(slug);
  await form.getByLabel(text("ru", "admin:staff.full_name"), { exact: true }).fill("Асель Мамытова");
  const position = form.getByRole("group", { name: text("ru", "admin:staff.position"), exact: true });
  await position.getByLabel(inLanguage("ru", "ky", "required"), { exact: true }).fill("Директор");
  await position.getByLabel(inLanguage("ru", "ru", "optional"), { exact: true }).fill("Директор школы");
  await form.getByLabel(text("ru", "admin:staff.login"), { exact: true }).fill(`e2e.director.${id}`);
  await form.getByRole("button", { name: text("ru", "admin:schools.create"), exact: true }).click();
  await expect(page.getByText(text("ru", "admin:schools.created", { name: names.ky, slug }), { exact: true })).toBeVisible();
  // The district's own pages, in Russian, name it in Russian.
  await expect(
    page.getByRole("link", { name: text("ru", "admin:schools.settings_link", { name: names.ru }), exact: true }),
  ).toBeVisible();

  // A visitor who chose no language reads the school's (Kyrgyz) name; Russian and English
  // pages show theirs.
  const visitor = await newPage();
  const school = new SchoolPage(visitor, "ky");
  await school.goto(slug, names.ky);
  await school.switchTo("ru");
  await expect(visitor.getByRole("heading", { level: 1, name: names.ru, exact: true })).toBeVisible();
  // The title follows the heading once the page has rendered: wait for it, do not read it once.
  await expect.poll(() => visitor.title()).toContain(names.ru);
  await school.switchTo("en");
  await expect(visitor.getByRole("heading", { level: 1, name: names.en, exact: true })).toBeVisible();
  // Asked for in Russian, the API answers the Russian name too.
  const answer = await visitor.request.get(`/api/v1/schools/${slug}/public?lang=ru`);
  expect(((await answer.json()) as { name: string }).name).toBe(names.ru);
});
