import { describe, expect, it } from "vitest";
import { dayOf, formatDateTime, formatDay, formatNumber, kyrgyzDay, kyrgyzNumber } from "./dates";

describe("formatDay", () => {
  it("writes the API's day out in each language, whatever the device's time zone", () => {
    expect(formatDay("2026-11-26", "en")).toBe("November 26, 2026");
    expect(formatDay("2026-11-26", "ru")).toBe("26 ноября 2026 г.");
    expect(formatDay("2026-11-26", "ky")).toBe("2026-ж., 26-ноябрь");
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
  it("writes days as the full Unicode data does", () => {
    for (const [year, month, day] of [
      [2026, 1, 1],
      [2026, 5, 9],
      [2026, 11, 26],
      [2027, 12, 31],
    ] as const) {
      const expected = new Intl.DateTimeFormat("ky", {
        day: "numeric",
        month: "long",
        year: "numeric",
        timeZone: "UTC",
      }).format(new Date(Date.UTC(year, month - 1, day)));
      expect(kyrgyzDay(year, month, day)).toBe(expected);
    }
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
    expect(formatDateTime(instant, "ky", "Asia/Bishkek")).toBe("2026-ж., 26-ноябрь 15:52");
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
