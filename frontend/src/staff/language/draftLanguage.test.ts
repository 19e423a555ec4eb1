import { describe, expect, it } from "vitest";
import { guessLanguage, otherLanguage } from "./draftLanguage";

const KYRGYZ = "Саламатсызбы! Сиздин арызыңызды окудук, мектеп бул маселени чечүү үчүн чара көрөт.";
const RUSSIAN = "Здравствуйте! Мы прочитали ваше обращение, школа примет меры, чтобы решить этот вопрос.";
const ENGLISH = "Hello! We have read your appeal and the school will act to solve this problem.";

describe("the language a draft looks written in", () => {
  it("is Kyrgyz when the Kyrgyz-only letters ң, ө, ү appear", () => {
    expect(guessLanguage(KYRGYZ)).toBe("ky");
  });

  it("is Russian for Cyrillic without them", () => {
    expect(guessLanguage(RUSSIAN)).toBe("ru");
  });

  it("is English when most letters are Latin, even with a Cyrillic name in it", () => {
    expect(guessLanguage(`${ENGLISH} Школа №31 «Ынтымак».`)).toBe("en");
  });

  it("is Kyrgyz with a Russian loanword or two", () => {
    expect(guessLanguage("Биз милиция жана социалдык педагог менен сүйлөштүк, алар жардам берет.")).toBe("ky");
  });

  it("cannot be told from a short draft", () => {
    expect(guessLanguage("Спасибо, решаем.")).toBeNull();
    expect(guessLanguage("Thank you!")).toBeNull();
    expect(guessLanguage("")).toBeNull();
    expect(guessLanguage("2026/14 — 12.11.2026, 10:00 !!!")).toBeNull();
  });
});

describe("a draft in another language than the writer's", () => {
  it("names the draft's language when it differs", () => {
    expect(otherLanguage(RUSSIAN, "ky")).toBe("ru");
    expect(otherLanguage(KYRGYZ, "ru")).toBe("ky");
    expect(otherLanguage(ENGLISH, "ky")).toBe("en");
  });

  it("says nothing when it matches or is too short to tell", () => {
    expect(otherLanguage(KYRGYZ, "ky")).toBeNull();
    expect(otherLanguage(RUSSIAN, "ru")).toBeNull();
    expect(otherLanguage("Рахмат.", "ru")).toBeNull();
  });
});
