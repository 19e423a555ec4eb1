import { test as base, expect, type Page } from "@playwright/test";

/**
 * The base test, with one more check on every page: the client asks nothing of anyone
 * but its own server (no fonts, scripts or images from third parties).
 *
 * `newPage` opens a page in a browser context of its own (another person on another
 * device, e.g. each member of the working group), with the same check.
 */
export const test = base.extend<{ ownOriginOnly: void; newPage: () => Promise<Page> }>({
  ownOriginOnly: [
    async ({ page, baseURL }, use) => {
      const own = new URL(baseURL ?? "").origin;
      const elsewhere: string[] = [];
      page.on("request", (request) => {
        const url = new URL(request.url());
        if (url.protocol === "data:" || url.protocol === "blob:") return;
        if (url.origin !== own) elsewhere.push(request.url());
      });
      await use();
      expect(elsewhere, "requests to other origins").toEqual([]);
    },
    { auto: true },
  ],
  newPage: async ({ browser, baseURL, viewport }, use) => {
    const own = new URL(baseURL ?? "").origin;
    const elsewhere: string[] = [];
    const contexts: Awaited<ReturnType<typeof browser.newContext>>[] = [];
    await use(async () => {
      const context = await browser.newContext({ baseURL, viewport, serviceWorkers: "block" });
      contexts.push(context);
      const page = await context.newPage();
      page.on("request", (request) => {
        const url = new URL(request.url());
        if (url.protocol === "data:" || url.protocol === "blob:") return;
        if (url.origin !== own) elsewhere.push(request.url());
      });
      return page;
    });
    for (const context of contexts) await context.close();
    expect(elsewhere, "requests to other origins").toEqual([]);
  },
});

export { expect };
