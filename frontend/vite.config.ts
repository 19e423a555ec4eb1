import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import { catalogueGroup } from "./src/i18n/namespaces";

/** The chunk a catalogue file goes in: `catalogues-public-ky`, `catalogues-staff-ru`, or its own. */
function catalogueChunk(id: string): string | null {
  const match = /[\\/]src[\\/]i18n[\\/]([a-z]+)[\\/]([a-z_]+)\.json$/.exec(id);
  if (!match) return null;
  const [, language, namespace = ""] = match;
  const group = catalogueGroup(namespace);
  return group && `catalogues-${group}-${language}`;
}

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      "/api": "http://127.0.0.1:8080",
    },
  },
  build: {
    outDir: "dist",
    // Everything the pages need ships with them: no third-party requests.
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        // The libraries change less often than the pages: a phone keeps them cached
        // across updates of the client. The QR code generator stays with the poster. A
        // language's catalogues come in one file for the public pages and one for the staff's.
        codeSplitting: {
          groups: [
            { name: "vendor", test: /[\\/]node_modules[\\/](?!qrcode-generator[\\/])/ },
            { name: catalogueChunk, test: /[\\/]src[\\/]i18n[\\/][a-z]+[\\/][a-z_]+\.json$/ },
          ],
        },
      },
    },
  },
  test: {
    environment: "jsdom",
    setupFiles: ["./src/test/setup.ts"],
    testTimeout: 20000,
    include: ["src/**/*.test.{ts,tsx}"],
    restoreMocks: true,
  },
});
