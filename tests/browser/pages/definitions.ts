import { expect, type Locator } from "@playwright/test";

/**
 * The value (`<dd>`) beside a label (`<dt>`) of a description list, found by the label's exact
 * text: a locator, so it follows the list when it renders again.
 */
export async function valueBeside(list: Locator, label: string): Promise<Locator> {
  const term = list.getByRole("term").getByText(label, { exact: true });
  await expect(term, `"${label}" in the list`).toBeVisible();
  return list.locator(`xpath=.//dt[normalize-space(.)=${JSON.stringify(label)}]/following-sibling::dd[1]`);
}
