import { defineConfig } from "@playwright/test";

// The server is started outside Playwright (browser/run.sh): migrated, seeded, serving
// the built web client. Playwright only drives the browser against it.
const baseURL = process.env.ISHENIM_E2E_URL;
if (!baseURL) {
  throw new Error("Set ISHENIM_E2E_URL to the running server, e.g. http://127.0.0.1:18080 (see browser/run.sh)");
}

export default defineConfig({
  testDir: "./browser",
  reporter: "list",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    browserName: "chromium",
    headless: true,
    // A cheap phone: the staff pages must work at 360 px too.
    viewport: { width: 360, height: 740 },
    serviceWorkers: "block",
    trace: "off",
    launchOptions: {
      // The system's Chromium: Playwright never downloads a browser here.
      executablePath: process.env.ISHENIM_CHROMIUM ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
      ],
    },
  },
});
