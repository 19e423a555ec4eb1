import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { afterEach, beforeEach, vi } from "vitest";
import { resetSession } from "../auth/session";

// A lazily loaded page can take more than the default second to appear on a busy machine:
// waiting longer changes no verdict, only how long a failing wait takes to fail.
configure({ asyncUtilTimeout: 4000 });

beforeEach(() => {
  window.localStorage.clear();
  window.sessionStorage.clear();
  resetSession();
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});
