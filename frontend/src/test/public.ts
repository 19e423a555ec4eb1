/** Answers of the public API, as the server gives them, for the public pages' tests. */

export const school31 = {
  slug: "school-31",
  name: "School No. 31 Yntymak",
  district_name: "Tüp district",
  default_language: "ky",
  opening_interval_months: 1,
  answer_deadline_working_days: 14,
  anonymous_target_working_days: 14,
};

export const receipt = (overrides: Record<string, unknown> = {}) => ({
  receipt: "1234-5678-9012-3456",
  status: "sealed",
  urgent: false,
  submitted_on: "2026-11-26",
  opening_interval_months: 1,
  answer_within_working_days: 14,
  ...overrides,
});

export const tracked = (overrides: Record<string, unknown> = {}) => ({
  status: "sealed",
  registration_number: null,
  submitted_on: "2026-11-26",
  anonymous: true,
  messages: [],
  can_reply: true,
  ...overrides,
});
