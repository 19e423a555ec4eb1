import type auth from "./en/auth.json";
import type common from "./en/common.json";
import type errors from "./en/errors.json";
import type staff from "./en/staff.json";

// Typed keys: `t("auth:sign_in.title")` is checked against the English catalogue, and the
// catalogue test keeps the other languages in step with it.
declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "common";
    resources: {
      common: typeof common;
      auth: typeof auth;
      staff: typeof staff;
      errors: typeof errors;
    };
  }
}
