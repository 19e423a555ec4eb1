import { test as base, expect } from "@playwright/test";

/**
 * The base test, with one more check on every page: the client asks nothing of anyone
 * but its own server (no fonts, scripts or images from third parties).
 */
export const test = base.extend<{ ownOriginOnly: void }>({
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
});

export { expect };
