import { describe, expect, it } from "vitest";
import { contains, highlight } from "./highlight";

describe("highlight", () => {
  it("marks every occurrence of the words, ignoring case", () => {
    expect(highlight("Бл@дь, опять БЛ@ДЬ.", ["бл@дь"])).toEqual([
      { text: "Бл@дь", marked: true },
      { text: ", опять ", marked: false },
      { text: "БЛ@ДЬ", marked: true },
      { text: ".", marked: false },
    ]);
  });

  it("treats the words as plain text, not as patterns", () => {
    expect(highlight("Х.у.й вам", ["Х.у.й"]).filter((s) => s.marked)).toEqual([{ text: "Х.у.й", marked: true }]);
    expect(highlight("abc", ["a.c"])).toEqual([{ text: "abc", marked: false }]);
  });

  it("marks the longer word when one contains the other", () => {
    expect(highlight("xyz", ["xy", "xyz"])).toEqual([{ text: "xyz", marked: true }]);
  });

  it("leaves the text whole without words", () => {
    expect(highlight("hello", [])).toEqual([{ text: "hello", marked: false }]);
  });

  it("says whether a word is still there", () => {
    expect(contains("Учитель мудак", "МУДАК")).toBe(true);
    expect(contains("Учитель плохо объясняет", "мудак")).toBe(false);
  });
});
