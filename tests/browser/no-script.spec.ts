import { text } from "./catalogues";
import { expect, test } from "./fixtures";

/**
 * A phone with JavaScript off: the school page's form, the receipt, the check and the
 * writer's reply are plain HTML forms the server renders.
 */
const school = { slug: "school-31", name: "School No. 31 Yntymak" };

test.use({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });

test("without JavaScript a child drops an appeal, keeps the receipt, checks it and writes again", async ({ page }) => {
  await page.goto(`/s/${school.slug}?lang=ru`);
  await expect(page.getByRole("heading", { level: 1, name: school.name })).toBeVisible();
  await expect(page.getByRole("link", { name: "111" })).toHaveAttribute("href", "tel:111");
  // The text box is on the first screen of a phone.
  const textBox = page.getByLabel(text("ru", "appeal:form.text_label"));
  const box = await textBox.boundingBox();
  expect(box && box.y < 740).toBe(true);

  await textBox.fill("В спортзале третью неделю не работает свет.");
  await page.getByRole("button", { name: text("ru", "appeal:form.submit") }).click();

  await expect(page.getByRole("heading", { level: 1, name: text("ru", "appeal:receipt.title") })).toBeVisible();
  const receipt = (await page.locator("#receipt").innerText()).trim();
  expect(receipt).toMatch(/^\d{4}-\d{4}-\d{4}-\d{4}$/);
  // Nothing of it is in the address.
  expect(page.url()).not.toContain(receipt);

  await page.getByRole("link", { name: text("ru", "appeal:receipt.check_link") }).click();
  await page.getByLabel(text("ru", "track:receipt_label")).fill(receipt);
  await page.getByRole("button", { name: text("ru", "track:submit") }).click();
  await expect(page.locator("#status")).toHaveText(text("ru", "track:statuses.sealed"));

  await page.getByLabel(text("ru", "track:reply_label")).fill("И в раздевалке тоже темно.");
  await page.getByRole("button", { name: text("ru", "track:reply_submit") }).click();
  await expect(page.getByRole("status")).toBeVisible();
  await expect(page.getByText("И в раздевалке тоже темно.")).toHaveCount(0);
  expect(page.url()).not.toContain(receipt);
});

test("without JavaScript an empty appeal is refused with a sentence, in the language of the address", async ({ page }) => {
  await page.goto(`/s/${school.slug}?lang=en`);
  await page.getByRole("button", { name: text("en", "appeal:form.submit") }).click();
  // The browser itself refuses an empty required box; a box of spaces reaches the server.
  await page.getByLabel(text("en", "appeal:form.text_label")).fill("    ");
  await page.getByRole("button", { name: text("en", "appeal:form.submit") }).click();
  await expect(page.getByRole("alert")).toContainText(text("en", "errors:codes.appeal_text_empty"));
});
