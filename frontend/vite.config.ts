import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

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
        // across updates of the client. The QR code generator stays with the poster.
        codeSplitting: {
          groups: [{ name: "vendor", test: /[\\/]node_modules[\\/](?!qrcode-generator[\\/])/ }],
        },
      },
    },
  },
  test: {
    environment: "jsdom",
    setupFiles: ["./src/test/setup.ts"],
    include: ["src/**/*.test.{ts,tsx}"],
    restoreMocks: true,
  },
});
