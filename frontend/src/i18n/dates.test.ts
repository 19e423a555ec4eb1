import { describe, expect, it } from "vitest";
import { dayOf, formatDateTime, formatDay, formatNumber, kyrgyzDay, kyrgyzNumber } from "./dates";

describe("formatDay", () => {
  it("writes the API's day out in each language, whatever the device's time zone", () => {
    expect(formatDay("2026-11-26", "en")).toBe("November 26, 2026");
    expect(formatDay("2026-11-26", "ru")).toBe("26 ноября 2026 г.");
    expect(formatDay("2026-11-26", "ky")).toBe("2026-жылдын 26-ноябры");
  });

  it("leaves anything that is not a day as it is", () => {
    expect(formatDay("soon", "en")).toBe("soon");
  });
});

describe("formatNumber", () => {
  it("groups digits as the language does", () => {
    expect(formatNumber(10000, "en")).toBe("10,000");
    expect(formatNumber(10000, "ru")).toMatch(/^10\s000$/u);
    expect(formatNumber(10000, "ky")).toMatch(/^10\s000$/u);
  });
});

describe("Kyrgyz without the browser's data", () => {
  it("writes Kyrgyz days as a sentence says them, alone and as \"on\" that day", () => {
    expect(kyrgyzDay(2026, 12, 4)).toBe("2026-жылдын 4-декабры");
    expect(kyrgyzDay(2026, 12, 4, "on")).toBe("2026-жылдын 4-декабрында");
    expect(kyrgyzDay(2026, 4, 1, "on")).toBe("2026-жылдын 1-апрелинде");
    expect(kyrgyzDay(2026, 6, 9, "on")).toBe("2026-жылдын 9-июнунда");
    expect(formatDay("2026-12-04", "ky", "on")).toBe("2026-жылдын 4-декабрында");
    expect(formatDay("2026-12-04", "ru", "on")).toBe(formatDay("2026-12-04", "ru"));
  });

  it("groups numbers as the full Unicode data does", () => {
    for (const value of [0, 7, 999, 1000, 10000, 1234567]) {
      expect(kyrgyzNumber(value)).toBe(new Intl.NumberFormat("ky").format(value));
    }
  });
});

describe("formatDateTime", () => {
  const instant = "2026-11-26T09:52:26.035Z";

  it("writes an instant as the school's clock shows it, in 24 hours", () => {
    expect(formatDateTime(instant, "ru", "Asia/Bishkek")).toBe("26 ноября 2026 г. в 15:52");
    expect(formatDateTime(instant, "en", "Asia/Bishkek")).toMatch(/^November 26, 2026(,| at) 15:52$/);
    expect(formatDateTime(instant, "ky", "Asia/Bishkek")).toBe("2026-жылдын 26-ноябры 15:52");
  });

  it("writes Kyrgyz without the browser's data as the full Unicode data does", () => {
    expect(kyrgyzDay(2026, 11, 26) + " 15:52").toBe(formatDateTime(instant, "ky", "Asia/Bishkek"));
  });

  it("counts the day in the school's zone", () => {
    expect(dayOf("2026-11-26T20:30:00Z", "Asia/Bishkek")).toBe("2026-11-27");
    expect(dayOf("2026-11-26T20:30:00Z", "UTC")).toBe("2026-11-26");
  });

  it("leaves anything that is not an instant as it is", () => {
    expect(formatDateTime("soon", "en")).toBe("soon");
    expect(dayOf("soon")).toBe("soon");
  });
});
