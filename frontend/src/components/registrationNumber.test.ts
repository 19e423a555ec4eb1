import { describe, expect, it } from "vitest";
import { formatRegistrationNumber } from "./registrationNumber";

describe("a registration number", () => {
  it("is written with at least two digits, like an act number", () => {
    expect(formatRegistrationNumber("2026/4")).toBe("2026/04");
    expect(formatRegistrationNumber("2026/1")).toBe("2026/01");
  });

  it("keeps a number that is long enough as it is", () => {
    expect(formatRegistrationNumber("2026/14")).toBe("2026/14");
    expect(formatRegistrationNumber("2026/123")).toBe("2026/123");
  });

  it("leaves anything else untouched", () => {
    expect(formatRegistrationNumber("ПИСЬМО-7")).toBe("ПИСЬМО-7");
  });
});
