import base from "./playwright.config";
import { defineConfig } from "@playwright/test";

// The benchmarks driven in the browser (`scripts/bench/slow-line.sh`): the same browser and
// server as the browser tests, other specs.
export default defineConfig({ ...base, testDir: "./bench" });
