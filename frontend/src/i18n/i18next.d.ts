import type auth from "./en/auth.json";
import type common from "./en/common.json";
import type errors from "./en/errors.json";
import type staff from "./en/staff.json";
import type appeal from "./en/appeal.json";
import type poster from "./en/poster.json";
import type school from "./en/school.json";
import type track from "./en/track.json";

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
      school: typeof school;
      appeal: typeof appeal;
      track: typeof track;
      poster: typeof poster;
    };
  }
}
