import { describe, expect, it } from "vitest";
import { characterCount, formatReceipt, isCompleteReceipt } from "./receipt";

describe("receipts", () => {
  it("accept 16 digits with spaces or dashes between them", () => {
    expect(isCompleteReceipt("1234-5678-9012-3456")).toBe(true);
    expect(isCompleteReceipt("1234 5678 9012 3456")).toBe(true);
    expect(isCompleteReceipt("1234567890123456")).toBe(true);
    expect(isCompleteReceipt("1234-5678-9012-345")).toBe(false);
    expect(isCompleteReceipt("1234-5678-9012-345x6")).toBe(false);
  });

  it("are shown in groups of four", () => {
    expect(formatReceipt("1234567890123456")).toBe("1234-5678-9012-3456");
    expect(formatReceipt("1234 5678-9012 3456")).toBe("1234-5678-9012-3456");
    expect(formatReceipt("12")).toBe("12");
  });
});

describe("characterCount", () => {
  it("counts characters as the server does, not UTF-16 units", () => {
    expect(characterCount("Салам")).toBe(5);
    expect(characterCount("🙂🙂")).toBe(2);
  });
});
