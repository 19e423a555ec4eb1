import { expect, test, type CDPSession } from "@playwright/test";
import { SCHOOL } from "../browser/api";
import { SchoolPage } from "../browser/pages/SchoolPage";

/**
 * The benchmark of a first visit on a slow line (not a test: it measures, it does not judge;
 * `scripts/bench/slow-line.sh`). A fresh browser with an empty cache opens the school's page
 * over an emulated 1.6 Mbit/s line with 150 ms of latency, the line of a village phone, and
 * the time until the appeal's text box can be typed in is taken, with the bytes that crossed
 * the line. Each figure is printed as `BENCH name=value unit`, the median of RUNS visits.
 */
const RUNS = 5;
const LINE = { latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };

async function slowLine(session: CDPSession): Promise<() => number> {
  let bytes = 0;
  session.on("Network.loadingFinished", (event: { encodedDataLength: number }) => {
    bytes += event.encodedDataLength;
  });
  await session.send("Network.enable");
  await session.send("Network.setCacheDisabled", { cacheDisabled: true });
  await session.send("Network.emulateNetworkConditions", { offline: false, ...LINE });
  return () => bytes;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

test("a first visit to the school's page on a 1.6 Mbit/s, 150 ms line", async ({ browser }) => {
  test.setTimeout(RUNS * 30_000);
  const times: number[] = [];
  const sizes: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const transferred = await slowLine(await context.newCDPSession(page));
    const school = new SchoolPage(page, "ky");
    const started = Date.now();
    await page.goto(`/s/${SCHOOL.slug}`);
    await expect(school.textField()).toBeEditable({ timeout: 20_000 });
    times.push(Date.now() - started);
    // What the page loads after the form is usable (words, help numbers) counts too.
    await page.waitForLoadState("networkidle");
    sizes.push(transferred());
    await context.close();
  }
  console.log(`BENCH slow_line_form_ms=${median(times)} ms`);
  console.log(`BENCH slow_line_first_visit_kb=${(median(sizes) / 1024).toFixed(0)} KB`);
  console.log(`slow line: form usable after ${times.join(", ")} ms; ${sizes.map((b) => (b / 1024).toFixed(0)).join(", ")} KB`);
});
