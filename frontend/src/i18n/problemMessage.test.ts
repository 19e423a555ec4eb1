import { beforeEach, describe, expect, it } from "vitest";
import { apiErrorFromResponse, ApiError, networkError, unwrap } from "../api/problem";
import { problem } from "../test/api";
import { allCatalogues } from "../test/catalogues";
import { createI18n } from ".";
import { fieldMessages, problemMessage } from "./problemMessage";
import type { Language } from "./languages";
import openapiDocument from "../../../openapi/openapi.json";

function errorsT(language: Language) {
  return createI18n(language, allCatalogues()).getFixedT(language, "errors");
}

async function errorOf(response: Response): Promise<ApiError> {
  const text = await response.text();
  return apiErrorFromResponse(JSON.parse(text), response);
}

/** Every code the API can answer, as the OpenAPI document publishes them. */
const API_CODES: readonly string[] = openapiDocument.components.schemas.ProblemCode.enum;

describe("problemMessage", () => {
  beforeEach(() => window.localStorage.clear());

  it("translates invalid_credentials into Kyrgyz, Russian and English", async () => {
    const error = await errorOf(problem(401, "invalid_credentials"));
    expect(problemMessage(errorsT("ky"), error)).toBe("Логин же сырсөз туура эмес.");
    expect(problemMessage(errorsT("ru"), error)).toBe("Неверный логин или пароль.");
    expect(problemMessage(errorsT("en"), error)).toBe("The login or password is incorrect.");
  });

  it("has its own message for every code the API answers, in every language", () => {
    expect(API_CODES.length).toBeGreaterThan(80);
    for (const language of ["ky", "ru", "en"] as const) {
      const t = errorsT(language);
      const generic = t("unknown");
      const messages = new Set<string>();
      for (const code of API_CODES) {
        const message = problemMessage(t, new ApiError(code, 400, null, null));
        expect(message, `${language}: ${code}`).not.toBe(generic);
        messages.add(message);
      }
      expect(messages.size, language).toBe(API_CODES.length);
    }
  });

  it("falls back to a general message for a code it does not know", () => {
    const error = new ApiError("appeal_sealed_forever", 409, null, null);
    expect(problemMessage(errorsT("en"), error)).toBe("Something went wrong. Please try again.");
    expect(problemMessage(errorsT("ru"), error)).toBe("Что-то пошло не так. Попробуйте снова.");
  });

  it("falls back to the general message for errors that are not API errors", () => {
    expect(problemMessage(errorsT("en"), new TypeError("x is undefined"))).toBe(
      "Something went wrong. Please try again.",
    );
  });

  it("says the server cannot be reached when the network is down", async () => {
    const failing = Promise.reject(new TypeError("Failed to fetch"));
    const error = await unwrap(failing).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(problemMessage(errorsT("en"), error)).toBe(
      "Cannot reach the server. Check your internet connection and try again.",
    );
    expect(problemMessage(errorsT("ky"), networkError(null))).toBe(
      "Сервер менен байланыш жок. Интернетти текшерип, кайра аракет кылыңыз.",
    );
  });

  it("treats an error page from something other than the API as the service being unavailable", async () => {
    const response = new Response("<html>Bad Gateway</html>", { status: 502 });
    const error = apiErrorFromResponse(await response.text(), response);
    expect(problemMessage(errorsT("en"), error)).toBe(
      "The service is temporarily unavailable. Please try again later.",
    );
  });

  it("tells a throttled person when to try again, from Retry-After", async () => {
    const error = await errorOf(problem(429, "login_throttled", {}, { "Retry-After": "30" }));
    expect(error.retryAfter).toBe(30);
    expect(problemMessage(errorsT("en"), error)).toBe(
      "Too many sign-in attempts. Please wait and try again. You can try again in 30 s.",
    );
    const long = await errorOf(problem(429, "login_throttled", { retry_after: 900 }));
    expect(problemMessage(errorsT("ru"), long)).toBe(
      "Слишком много попыток входа. Подождите и попробуйте снова. Повторить можно через 15 мин.",
    );
  });
});

describe("fieldMessages", () => {
  it("translates each failing field, with a general message for unknown field codes", async () => {
    const error = await errorOf(
      problem(422, "validation_failed", {
        errors: [
          { field: "login", code: "required", message: "login is required" },
          { field: "password", code: "too_exotic", message: "?" },
        ],
      }),
    );
    expect(fieldMessages(errorsT("en"), error)).toEqual({
      login: "This field is required.",
      password: "This value is not valid.",
    });
  });

  it("says which of the password and the code was wrong when the second factor changes", async () => {
    const error = await errorOf(
      problem(422, "validation_failed", {
        errors: [
          { field: "password", code: "wrong_password", message: "the password is wrong" },
          { field: "code", code: "wrong_code", message: "the code is wrong" },
        ],
      }),
    );
    expect(fieldMessages(errorsT("en"), error)).toEqual({
      password: "The password is wrong.",
      code: "The code is wrong, too old or already used.",
    });
    expect(fieldMessages(errorsT("ru"), error).password).toBe("Неверный пароль.");
    expect(fieldMessages(errorsT("ky"), error).code).toBe("Код туура эмес, эскирген же мурда колдонулган.");
  });
});
