import { text } from "./catalogues";
import { expect, test } from "./fixtures";
import { PosterPage } from "./pages/PosterPage";

const school = { slug: "school-31", name: "School No. 31 Yntymak" };

test("the poster has a QR code of the school page drawn here, the address and the three languages", async ({
  page,
  baseURL,
}) => {
  const poster = new PosterPage(page, "ky");
  await poster.goto(school.slug, school.name);

  const qr = poster.qrCode();
  await expect(qr).toBeVisible();
  expect(await qr.evaluate((element) => element.tagName.toLowerCase())).toBe("svg");
  expect(await qr.locator("path").getAttribute("d")).toMatch(/^M\d+ \d+h1v1h-1z/);
  const address = new URL(`/s/${school.slug}`, baseURL).toString();
  await expect(page.getByRole("link", { name: address, exact: true })).toHaveAttribute("href", address);
  await poster.expectThreeLanguages();

  // Printed, the page is the poster alone: no header, no button.
  await expect(poster.printButton()).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(poster.printButton()).toBeHidden();
  await expect(page.getByRole("navigation", { name: text("ky", "common:language") })).toBeHidden();
  await expect(qr).toBeVisible();
  await poster.expectThreeLanguages();
});
