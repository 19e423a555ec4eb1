import type auth from "./en/auth.json";
import type common from "./en/common.json";
import type errors from "./en/errors.json";
import type staff from "./en/staff.json";
import type appeal from "./en/appeal.json";
import type poster from "./en/poster.json";
import type school from "./en/school.json";
import type track from "./en/track.json";
import type landing from "./en/landing.json";
import type box from "./en/box.json";
import type act from "./en/act.json";
import type journal from "./en/journal.json";
import type group from "./en/group.json";
import type cases from "./en/cases.json";
import type audit from "./en/audit.json";
import type settings from "./en/settings.json";
import type reports from "./en/reports.json";
import type district from "./en/district.json";
import type admin from "./en/admin.json";
import type account from "./en/account.json";

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
      landing: typeof landing;
      box: typeof box;
      act: typeof act;
      journal: typeof journal;
      group: typeof group;
      cases: typeof cases;
      audit: typeof audit;
      settings: typeof settings;
      reports: typeof reports;
      district: typeof district;
      admin: typeof admin;
      account: typeof account;
    };
  }
}
