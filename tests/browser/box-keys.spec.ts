import type { APIRequestContext, Page } from "@playwright/test";
import { accessToken, STAFF, uniqueText } from "./api";
import { text, type Language } from "./catalogues";
import { expect, test } from "./fixtures";
import { BoxPassphrasePage } from "./pages/BoxPassphrasePage";
import { OpeningPage } from "./pages/OpeningPage";
import { OpeningsPage } from "./pages/OpeningsPage";
import { SignInPage } from "./pages/SignInPage";
import { StaffNav } from "./pages/StaffNav";
import { StaffShellPage } from "./pages/StaffShellPage";

/**
 * A box sealed to the working group changes its school for good (its openings then need the
 * members' passphrases), so this spec makes a school of its own, as the district does, with
 * a director and three working-group members; the demo school stays as the other specs expect.
 */
interface Member {
  login: string;
  fullName: string;
  password: string;
  language: Language;
  passphrase: string;
}

interface OwnSchool {
  slug: string;
  name: string;
  members: Member[];
}

async function createOwnSchool(request: APIRequestContext): Promise<OwnSchool> {
  const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const district = await accessToken(request, STAFF.district.login);
  const slug = `box-keys-${suffix}`;
  const name = `Box keys school ${suffix}`;
  const created = await request.post("/api/v1/districts/tup/schools", {
    headers: { Authorization: `Bearer ${district}` },
    data: {
      slug,
      name,
      default_language: "en",
      director: {
        login: `bk.director.${suffix}`,
        full_name: "Saltanat Imanalieva",
        position: "Director",
        email: null,
        roles: ["director"],
      },
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { initial_password: directorPassword } = (await created.json()) as { initial_password: string };
  const signedIn = await request.post("/api/v1/auth/login", {
    data: { login: `bk.director.${suffix}`, password: directorPassword },
  });
  expect(signedIn.status(), await signedIn.text()).toBe(200);
  const { access_token: director } = (await signedIn.json()) as { access_token: string };

  const people: { fullName: string; language: Language; passphrase: string }[] = [
    { fullName: "Aibek Toktomushev", language: "en", passphrase: "walnut orchard by the river" },
    { fullName: "Baktygul Sarieva", language: "ru", passphrase: "зелёные горы и тихое озеро" },
    { fullName: "Cholpon Mamytova", language: "ky", passphrase: "тоодогу ак кар жана жылкы" },
  ];
  const members: Member[] = [];
  for (const [index, person] of people.entries()) {
    const login = `bk.wg${index + 1}.${suffix}`;
    const response = await request.post(`/api/v1/schools/${slug}/staff`, {
      headers: { Authorization: `Bearer ${director}` },
      data: { full_name: person.fullName, position: "Teacher", login, email: null, roles: ["working_group"] },
    });
    expect(response.status(), await response.text()).toBe(201);
    const { initial_password: firstPassword } = (await response.json()) as { initial_password: string };
    // A member chooses their own password before anything else (the director chose this one).
    const password = `own password of ${login}`;
    await chooseOwnPassword(request, login, firstPassword, password);
    members.push({ login, password, ...person });
  }
  return { slug, name, members };
}

async function chooseOwnPassword(
  request: APIRequestContext,
  login: string,
  firstPassword: string,
  password: string,
): Promise<void> {
  const signedIn = await request.post("/api/v1/auth/login", { data: { login, password: firstPassword } });
  expect(signedIn.status(), await signedIn.text()).toBe(200);
  const { access_token: token } = (await signedIn.json()) as { access_token: string };
  const changed = await request.post("/api/v1/me/password", {
    headers: { Authorization: `Bearer ${token}` },
    data: { current_password: firstPassword, new_password: password },
  });
  expect(changed.status(), await changed.text()).toBe(204);
}

async function dropAppeal(request: APIRequestContext, school: string, appealText: string): Promise<void> {
  const response = await request.post("/api/v1/appeals", {
    data: { school, text: appealText, anonymous: true },
    headers: { "Idempotency-Key": crypto.randomUUID() },
  });
  expect(response.status(), await response.text()).toBe(201);
}

async function signIn(page: Page, member: Member): Promise<StaffNav> {
  const signInPage = new SignInPage(page, "ky");
  await signInPage.goto();
  if (member.language !== "ky") await signInPage.switchTo(member.language);
  await signInPage.signIn(member.login, member.password);
  await new StaffShellPage(page, member.language).expectShown();
  return new StaffNav(page, member.language);
}

function passphraseField(page: Page, language: Language) {
  return page.getByLabel(text(language, "account:box_key.opening_field"), { exact: true });
}

test("three members set their box passphrases, keep their key cards, and open the box typing them; a wrong one is refused", async ({
  page,
  newPage,
  request,
}) => {
  test.setTimeout(240_000);
  const school = await createOwnSchool(request);
  const [first, second, third] = school.members as [Member, Member, Member];
  const pages: Page[] = [];

  // Each member, on a device of their own, is asked on the start page, then sets it.
  for (const [index, member] of school.members.entries()) {
    const memberPage = index === 0 ? page : await newPage();
    pages.push(memberPage);
    const nav = await signIn(memberPage, member);
    const prompt = memberPage.getByRole("region", { name: text(member.language, "account:box_key.prompt.heading") });
    await expect(prompt).toContainText(
      text(member.language, "account:box_key.prompt.not_protected", { quorum: "3", have: String(index) }),
    );
    await nav.open("box_passphrase");
    const passphrasePage = new BoxPassphrasePage(memberPage, member.language);
    await passphrasePage.expectShown();
    const code = await passphrasePage.set(member.passphrase);
    // The key card prints the code and the holder, and nothing of the page around it.
    await expect(passphrasePage.keyCard()).toContainText(member.fullName);
    await memberPage.emulateMedia({ media: "print" });
    await expect(nav.nav()).toBeHidden();
    await expect(passphrasePage.keyCard().getByText(code, { exact: true })).toBeVisible();
    await memberPage.emulateMedia({ media: "screen" });
    await passphrasePage.keepCard();
    await expect(
      memberPage.getByText(
        text(member.language, index < 2 ? "account:box_key.status.waits_for_share" : "account:box_key.status.holds_share"),
        { exact: true },
      ),
    ).toBeVisible();
  }

  // The third passphrase reached the quorum: the box is sealed to the group's keys.
  const [page1 = page, page2 = page, page3 = page] = pages;
  await new StaffNav(page1, "en").open("box");
  const openings1 = new OpeningsPage(page1, "en");
  await openings1.expectShown();
  const boxKey = page1.getByRole("region", { name: text("en", "account:box_key.protection.heading") });
  await expect(boxKey).toContainText(text("en", "account:box_key.protection.protected"));
  await expect(boxKey).toContainText(text("en", "account:box_key.protection.threshold", { count: "3" }));

  // A child writes; the appeal is sealed to the box's key.
  const appeal = uniqueText("Someone in grade 8 takes our lunch money every morning by the gym.");
  await dropAppeal(request, school.slug, appeal);

  // A wrong passphrase starts nothing.
  await passphraseField(page1, "en").fill("not my passphrase at all");
  await openings1.start();
  await expect(page1.getByRole("alert")).toContainText(text("en", "errors:codes.box_passphrase_wrong"));
  await expect(page1).toHaveURL(/\/staff\/box$/);

  // The right one starts the opening.
  await passphraseField(page1, "en").fill(first.passphrase);
  await openings1.start();
  const opening1 = new OpeningPage(page1, "en");
  await opening1.expectShown();
  await opening1.expectConfirmationsNeeded(2);

  // The second and the third confirm, each typing their own passphrase.
  for (const [memberPage, member, left] of [
    [page2, second, 1],
    [page3, third, 0],
  ] as const) {
    await new StaffNav(memberPage, member.language).open("box");
    await new OpeningsPage(memberPage, member.language).goToOpeningInProgress();
    const opening = new OpeningPage(memberPage, member.language);
    await opening.expectShown();
    await passphraseField(memberPage, member.language).fill(member.passphrase);
    await opening.confirm();
    if (left > 0) await opening1.expectConfirmationsNeeded(left);
  }

  // The quorum's shares rebuilt the key: the appeal's text is readable to every member.
  const opening3 = new OpeningPage(page3, third.language);
  await expect(opening3.appeal(appeal)).toBeVisible({ timeout: 20_000 });
  await expect(opening1.appeal(appeal)).toBeVisible();
  await expect(opening1.appeal(appeal)).toContainText(text("en", "box:channel.online"));
});
