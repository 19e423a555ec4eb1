import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { qrPath } from "../components/QrCode";
import { json, mockApi } from "../test/api";
import { school31 } from "../test/public";
import { renderApp } from "../test/render";

describe("the poster", () => {
  it("has the school, a QR code of the school page drawn as SVG, its address and the three languages", async () => {
    const fetchMock = mockApi({ "GET /api/v1/schools/school-31/public": () => json(school31) });
    window.localStorage.setItem("ishenim.language", "en");
    renderApp("/s/school-31/poster");
    expect(await screen.findByRole("heading", { level: 1, name: "School No. 31 Yntymak" })).toBeVisible();
    const qr = screen.getByRole("img", { name: "QR code of the address of the school's trust box page" });
    expect(qr.tagName.toLowerCase()).toBe("svg");
    expect(qr.querySelector("path")?.getAttribute("d")).toMatch(/^M\d+ \d+h1v1h-1z/);
    expect(screen.getByRole("link", { name: "http://localhost:3000/s/school-31" })).toHaveAttribute(
      "href",
      "http://localhost:3000/s/school-31",
    );

    const help = screen.getByRole("complementary", { name: "Need help right now?" });
    expect(within(help).getByRole("link", { name: "Police 102" })).toHaveAttribute("href", "tel:102");

    for (const [language, heading] of [
      ["ky", "Мектепке кантип жазуу керек"],
      ["ru", "Как написать школе"],
      ["en", "How to write to the school"],
    ] as const) {
      const column = screen.getByRole("region", { name: heading });
      expect(column).toHaveAttribute("lang", language);
      expect(within(column).getAllByRole("listitem").length).toBeGreaterThanOrEqual(4);
    }
    expect(screen.getByRole("button", { name: "Print the poster" })).toBeVisible();
    // Only the school was asked for: the code is made here.
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});

describe("qrPath", () => {
  it("draws a code with the size of a QR version", () => {
    const { size, path } = qrPath("http://127.0.0.1:8080/s/school-31");
    expect((size - 17) % 4).toBe(0);
    expect(path.length).toBeGreaterThan(0);
  });
});
