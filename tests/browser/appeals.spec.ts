import { plural, sentenceWithDay, text } from "./catalogues";
import { expect, test } from "./fixtures";
import { CheckPage } from "./pages/CheckPage";
import { ReceiptScreen } from "./pages/ReceiptScreen";
import { SchoolPage } from "./pages/SchoolPage";
import { obsceneLine } from "./samples";

const school = { slug: "school-31", name: "School No. 31 Yntymak", openingMonths: 1, answerDays: 14 };

test("an anonymous appeal is dropped in the school's language, and the receipt finds it sealed", async ({ page }) => {
  // The QR code leads to the school page, in the school's language (Kyrgyz) for a first visit.
  const schoolPage = new SchoolPage(page, "ky");
  await schoolPage.goto(school.slug, school.name);
  await schoolPage.languages.expectVisible("ky");
  await expect(page.getByRole("button", { name: "Кыргызча", exact: true })).toHaveAttribute("aria-pressed", "true");
  await expect(
    page.getByText(
      school.openingMonths === 1
        ? text("ky", "school:about.opening_monthly")
        : plural("ky", "school:about.opening", school.openingMonths),
    ),
  ).toBeVisible();
  await expect(page.getByText(text("ky", "school:rights.items.protection_from_violence"))).toBeVisible();

  await schoolPage.write("Спортзалда жарык күйбөй калды, кечинде машыгууга болбойт.");
  // The count toward the limit, with the digits grouped as Kyrgyz does.
  await expect(page.getByText(/^\d+ \/ 10\s000 белги$/u)).toBeVisible();
  await schoolPage.chooseAnonymous();
  const leisure = text("ky", "appeal:categories.names.leisure_and_play");
  await schoolPage.chooseCategory(text("ky", "appeal:categories.with_article", { name: leisure, article: "31" }));
  await schoolPage.submit();

  const receiptScreen = new ReceiptScreen(page, "ky");
  await receiptScreen.expectShown();
  await receiptScreen.expectKeepingAndNextSteps(school.openingMonths, school.answerDays);
  await expect(receiptScreen.urgentHelp()).toHaveCount(0);
  const receipt = await receiptScreen.receipt();

  // The receipt as a file, made in the browser.
  const file = await receiptScreen.saveAsFile();
  expect(file.name).toBe(text("ky", "appeal:receipt.file_name"));
  expect(file.content).toContain(text("ky", "appeal:receipt.file_receipt", { receipt }));
  expect(file.content).toContain(text("ky", "appeal:receipt.file_warning"));

  await receiptScreen.goToCheck();
  const check = new CheckPage(page, "ky");
  await check.expectShown();
  await expect(page.getByText(text("ky", "track:privacy"))).toBeVisible();
  // Typed with spaces instead of dashes, as people do.
  await check.check(receipt.replaceAll("-", " "));
  await check.expectStatus("sealed");
  await check.expectKind(true);
  // The day in Kyrgyz, even where the browser has no Kyrgyz calendar data.
  await expect(await check.fact("track:submitted_on")).toHaveText(/^\d{4}-жылдын \d{1,2}-[а-яё]+$/u);
  await expect(check.result().getByText(text("ky", "track:no_messages"))).toBeVisible();

  // A reply goes into the box; the page shows its day, never the words.
  const reply = "Кечээ да жарык болгон жок.";
  await check.reply(reply);
  const result = check.result();
  await expect(result.getByRole("status")).toHaveText(sentenceWithDay("ky", "track:reply_sent"));
  await expect(result.getByText(sentenceWithDay("ky", "track:writer_message"))).toBeVisible();
  await expect(result.getByText(text("ky", "track:writer_message_hidden"))).toBeVisible();
  await expect(page.getByText(reply)).toHaveCount(0);
});

test("a signed appeal with an e-mail is dropped, and the receipt shows it as signed", async ({ page }) => {
  const schoolPage = new SchoolPage(page, "ky");
  await schoolPage.goto(school.slug, school.name);
  await schoolPage.switchTo("ru");
  await expect(schoolPage.form()).toBeVisible();

  await schoolPage.write("Прошу починить окно в кабинете химии, из него сильно дует.");
  await schoolPage.chooseSigned({ name: "Гульнара Асанова", kind: "parent", email: "gulnara.asanova@example.kg" });
  await schoolPage.submit();

  const receiptScreen = new ReceiptScreen(page, "ru");
  await receiptScreen.expectShown();
  await receiptScreen.expectKeepingAndNextSteps(school.openingMonths, school.answerDays);
  const receipt = await receiptScreen.receipt();

  const check = new CheckPage(page, "ru");
  await check.goto();
  await check.check(receipt);
  await check.expectStatus("sealed");
  await check.expectKind(false);
});

test("a signed appeal without a phone or an e-mail is stopped before it is sent", async ({ page }) => {
  const schoolPage = new SchoolPage(page, "ky");
  await schoolPage.goto(school.slug, school.name);
  await schoolPage.switchTo("en");
  await schoolPage.write("The school bus is late every Monday.");
  await schoolPage.chooseSigned({ name: "Nurlan Abdyldaev", kind: "student", className: "9A" });
  let sent = false;
  page.on("request", (request) => {
    if (request.method() === "POST" && new URL(request.url()).pathname === "/api/v1/appeals") sent = true;
  });
  await schoolPage.submit();
  await expect(page.getByText(text("en", "appeal:form.contact_required"))).toBeVisible();
  await expect(page.getByLabel(text("en", "appeal:form.phone"), { exact: true })).toBeFocused();
  expect(sent).toBe(false);
});

test("obscene words are refused kindly beside the text, naming them; the rephrased appeal is taken", async ({
  page,
}) => {
  const schoolPage = new SchoolPage(page, "ky");
  await schoolPage.goto(school.slug, school.name);
  await schoolPage.switchTo("en");

  await schoolPage.write(obsceneLine("Учитель физики просто мудак, ничего не объясняет."));
  await schoolPage.submit();

  const refusal = schoolPage.refusal();
  await expect(refusal).toBeVisible();
  await expect(refusal).toContainText(text("en", "appeal:refusal.body"));
  expect(await schoolPage.refusedWords()).toEqual(["мудак"]);
  // Beside the text: the field is marked and described by the refusal, and has the focus.
  await expect(schoolPage.textField()).toBeFocused();
  await expect(schoolPage.textField()).toHaveAttribute("aria-invalid", "true");
  await expect(schoolPage.textField()).toHaveAccessibleDescription(new RegExp(text("en", "appeal:refusal.words")));
  // Still the form: nothing was taken.
  await expect(new ReceiptScreen(page, "en").heading()).toHaveCount(0);

  await schoolPage.write("Учитель физики плохо объясняет, нам ничего не понятно.");
  await expect(refusal.getByText(text("en", "appeal:refusal.changed"), { exact: false })).toBeVisible();
  await schoolPage.submit();

  const receiptScreen = new ReceiptScreen(page, "en");
  await receiptScreen.expectShown();
  await expect(receiptScreen.urgentHelp()).toHaveCount(0);
});

test("a receipt that was never given is not found", async ({ page }) => {
  const check = new CheckPage(page, "ky");
  await check.goto();
  await check.languages.choose("en");
  const english = new CheckPage(page, "en");
  await english.check("0000-0000-0000-0001");
  await expect(english.alert()).toHaveText(text("en", "errors:codes.receipt_not_found"));
  await expect(english.result()).toHaveCount(0);
});

test("the receipt survives a reload of the tab until the writer says it is saved", async ({ page }) => {
  const schoolPage = new SchoolPage(page, "ky");
  await schoolPage.goto(school.slug, school.name);
  await schoolPage.write("Китепканада жаңы китептер жок, буюртма берсеңиздер.");
  await schoolPage.submit();
  const receiptScreen = new ReceiptScreen(page, "ky");
  await receiptScreen.expectShown();
  const receipt = await receiptScreen.receipt();
  expect(page.url()).not.toContain(receipt);

  await page.reload();
  await expect(receiptScreen.heading()).toBeVisible();
  expect(await receiptScreen.receipt()).toBe(receipt);
  // Nothing of it outlives the tab: no cookie, nothing in local storage.
  expect(await page.context().cookies()).toEqual([]);
  const local = await page.evaluate(() => Object.values(window.localStorage).join(" "));
  expect(local).not.toContain(receipt.replaceAll("-", "").slice(0, 8));

  await receiptScreen.confirmSaved();
  await page.reload();
  await expect(schoolPage.form()).toBeVisible();
  const session = await page.evaluate(() => Object.values(window.sessionStorage).join(" "));
  expect(session).not.toContain(receipt);
});

test("an address without a school says so", async ({ page }) => {
  await page.goto("/s/no-such-school");
  await expect(page.getByRole("heading", { level: 1, name: text("ky", "school:not_found.title") })).toBeVisible();
});
