import { createStaffMember, requirePassword, setWorkingGroupMember } from "./api";
import { text } from "./catalogues";
import { expect, test } from "./fixtures";
import { OwnPasswordForm } from "./pages/OwnPasswordForm";
import { SignInPage } from "./pages/SignInPage";
import { StaffNav } from "./pages/StaffNav";
import { StaffShellPage } from "./pages/StaffShellPage";

/*
 * A member made for this test: a working-group member's first password was chosen by the
 * administrator, so they must choose their own before anything else. They leave the demo
 * school's working group afterwards, as the other specs expect it.
 */

test.beforeAll(() => {
  requirePassword();
});

test("a working-group member chooses their own password before anything else, then signs in with it", async ({
  page,
  request,
}) => {
  const member = await createStaffMember(request, {
    fullName: "Айгүл Токтосунова",
    position: "Мугалим",
    loginPrefix: "e2e.ownpassword",
    roles: ["official"],
  });
  await setWorkingGroupMember(request, member.id, true);
  try {
    const signIn = new SignInPage(page, "ky");
    const account = new OwnPasswordForm(page, "ky");
    const nav = new StaffNav(page, "ky");
    await signIn.goto();
    await signIn.signIn(member.login, member.password);

    // Straight to the account page, with the notice and without the sections.
    await account.expectRequired();
    await expect(nav.nav()).toHaveCount(0);
    await page.goto("/staff/journal");
    await account.expectRequired();
    await expect(nav.nav()).toHaveCount(0);

    // The two new passwords must agree; nothing is sent until they do.
    const chosen = `тоо-көл-${Date.now().toString(36)}`;
    await account.change(member.password, chosen, `${chosen}!`);
    await expect(account.form().getByText(text("ky", "account:own_password.mismatch"), { exact: true })).toBeVisible();

    await account.change(member.password, chosen);
    await signIn.expectShown();
    await expect(signIn.status()).toHaveText(text("ky", "auth:sign_in.password_changed"));

    // The first password no longer works; the new one does, and every section is open.
    await signIn.signIn(member.login, member.password);
    await expect(signIn.alert()).toHaveText(text("ky", "errors:codes.invalid_credentials"));
    await signIn.signIn(member.login, chosen);
    await new StaffShellPage(page, "ky").expectShown();
    await expect(nav.link("journal")).toBeVisible();
    await expect(account.requiredNotice()).toHaveCount(0);
  } finally {
    await setWorkingGroupMember(request, member.id, false);
  }
});
