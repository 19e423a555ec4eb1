import { LANGUAGES, text } from "./catalogues";
import { expect, test } from "./fixtures";
import { CheckPage } from "./pages/CheckPage";
import { expectOnFirstScreen, FIRST_SCREEN, HelpBar, helplineLink } from "./pages/HelpBar";
import { LandingPage } from "./pages/LandingPage";
import { ReceiptScreen } from "./pages/ReceiptScreen";
import { SchoolPage } from "./pages/SchoolPage";

const school = { slug: "school-31", name: "School No. 31 Yntymak" };

test.use({ viewport: FIRST_SCREEN });

test("answering yes with an ordinary text gives an urgent receipt that shows the helplines first", async ({ page }) => {
  const schoolPage = new SchoolPage(page, "ky");
  await schoolPage.goto(school.slug, school.name);
  // Words the screening finds nothing in: the answer alone makes it urgent.
  await schoolPage.write("Ашканадагы тамак ар дайым суук болот, аны жылытып берсеңиздер.");
  const question = page.getByRole("group", { name: text("ky", "appeal:form.in_danger_legend") });
  await expect(question.getByRole("radio", { name: text("ky", "appeal:form.in_danger_yes"), exact: true })).not.toBeChecked();
  await expect(question.getByRole("radio", { name: text("ky", "appeal:form.in_danger_no"), exact: true })).not.toBeChecked();
  await expect(question.getByText(text("ky", "appeal:form.in_danger_note"))).toBeVisible();
  await question.getByRole("radio", { name: text("ky", "appeal:form.in_danger_yes"), exact: true }).check();
  await schoolPage.submit();

  const receiptScreen = new ReceiptScreen(page, "ky");
  await receiptScreen.expectShown();
  await receiptScreen.expectUrgentHelp();
  await expectOnFirstScreen(page, helplineLink(receiptScreen.urgentHelp(), "111"), "111");
  const receipt = await receiptScreen.receipt();

  // Looked up later, the appeal still puts the helplines first.
  await receiptScreen.goToCheck();
  const check = new CheckPage(page, "ky");
  await check.expectShown();
  await check.check(receipt);
  const urgent = check.result().getByRole("region", { name: text("ky", "common:help.urgent_heading") });
  await expect(urgent).toBeVisible();
  await expect(urgent.getByText(text("ky", "track:urgent_alerted"))).toBeVisible();
  await expect(helplineLink(urgent, "111")).toHaveAttribute("href", "tel:111");
  const urgentBox = await urgent.boundingBox();
  const statusBox = await (await check.fact("track:status")).boundingBox();
  expect(urgentBox && statusBox && urgentBox.y < statusBox.y).toBe(true);
});

test("every public page shows the 111 helpline within the first screen of a 360×740 phone", async ({ page }) => {
  for (const language of LANGUAGES) {
    await page.addInitScript((chosen) => window.localStorage.setItem("ishenim.language", chosen), language);
    const help = new HelpBar(page, language);

    // The school page with the form.
    const schoolPage = new SchoolPage(page, language);
    await schoolPage.goto(school.slug, school.name);
    await help.expectShown();
    await expectOnFirstScreen(page, help.link("111"), "111");

    // The receipt of an ordinary appeal.
    await schoolPage.write("The library could stay open until five.");
    await schoolPage.submit();
    const receiptScreen = new ReceiptScreen(page, language);
    await receiptScreen.expectShown();
    await expect(receiptScreen.urgentHelp()).toHaveCount(0);
    await help.expectShown();
    await expectOnFirstScreen(page, help.link("111"), "111");
    await receiptScreen.confirmSaved();

    // Checking an appeal.
    await new CheckPage(page, language).goto();
    await help.expectShown();
    await expectOnFirstScreen(page, help.link("111"), "111");

    // The parents' report (published or not yet).
    await page.goto(`/s/${school.slug}/reports`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await help.expectShown();
    await expectOnFirstScreen(page, help.link("111"), "111");

    // The start page.
    await new LandingPage(page, language).goto();
    await help.expectShown();
    await expectOnFirstScreen(page, help.link("111"), "111");
    for (const number of ["102", "112"]) await expect(help.link(number)).toHaveAttribute("href", `tel:${number}`);
  }
});
