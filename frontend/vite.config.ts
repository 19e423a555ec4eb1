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

/**
 * The pages run on Preact through its React compatibility layer: the same components and
 * libraries in a sixth of React's bytes, for phones on slow lines. The tests run on it too,
 * so they test what ships.
 */
const preactCompat = [
  { find: /^react$/, replacement: "preact/compat" },
  { find: /^react-dom$/, replacement: "preact/compat" },
  { find: /^react-dom\/client$/, replacement: "preact/compat/client" },
  { find: /^react-dom\/test-utils$/, replacement: "preact/test-utils" },
  { find: /^react\/jsx-runtime$/, replacement: "preact/jsx-runtime" },
  { find: /^react\/jsx-dev-runtime$/, replacement: "preact/jsx-runtime" },
  // react-i18next's fallback for old React versions: Preact has the hook itself.
  { find: /^use-sync-external-store\/shim(\/index\.js)?$/, replacement: "preact/compat" },
];

export default defineConfig(({ mode }) => ({
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  resolve: {
    alias: preactCompat,
    // Vitest resolves libraries as Node does, without `module`: React Router would come as
    // CommonJS, whose `require("react")` no alias reaches.
    ...(mode === "test" ? { conditions: ["module"] } : {}),
  },
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
      // TanStack Query marks its modules for React Server Components, which a browser bundle has none of.
      onwarn(warning, warn) {
        if (warning.code === "MODULE_LEVEL_DIRECTIVE" && warning.message.includes('"use client"')) return;
        warn(warning);
      },
      output: {
        // The libraries change less often than the pages: a phone keeps them cached
        // across updates of the client. The staff application's own libraries (its router and
        // query cache) come only with it, and the QR code generator only with the poster. A
        // language's catalogues come in one file for the public pages and one for the staff's.
        codeSplitting: {
          groups: [
            // First, so that what both need (Preact) is claimed for the public pages.
            { name: "vendor", test: /[\\/]node_modules[\\/](?!(qrcode-generator|react-router|@tanstack)[\\/])/, priority: 2 },
            { name: "vendor-staff", test: /[\\/]node_modules[\\/](react-router|@tanstack)[\\/]/, priority: 1 },
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
    // Node would load these libraries' own `react` import; bundled by Vite, they get Preact
    // (the ES module build of Testing Library, whose CommonJS `require` Vite cannot alias).
    alias: [
      {
        find: /^@testing-library\/react$/,
        replacement: "@testing-library/react/dist/@testing-library/react.esm.js",
      },
    ],
    server: {
      deps: {
        inline: [/[\\/]node_modules[\\/](react-router|react-i18next|@tanstack[\\/]react-query|@testing-library[\\/]react)[\\/]/],
      },
    },
  },
}));
