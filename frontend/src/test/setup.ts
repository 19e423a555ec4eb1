import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach, beforeEach, vi } from "vitest";
import { resetSession } from "../auth/session";

beforeEach(() => {
  window.localStorage.clear();
  window.sessionStorage.clear();
  resetSession();
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});
