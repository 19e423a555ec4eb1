/** Answers of the public API, as the server gives them, for the public pages' tests. */

export const school31 = {
  slug: "school-31",
  name: "School No. 31 Yntymak",
  names: { ky: "School No. 31 Yntymak", ru: null, en: null } as Record<string, string | null>,
  district_name: "Tüp district",
  district_names: { ky: null, ru: null, en: null } as Record<string, string | null>,
  default_language: "ky",
  time_zone: "Asia/Bishkek",
  opening_interval_months: 1,
  answer_deadline_working_days: 14,
  anonymous_target_working_days: 14,
  helplines: [
    {
      number: "111",
      label_ky: "Балдардын ишеним телефону (акысыз, 24/7)",
      label_ru: "Детский телефон доверия (бесплатно, 24/7)",
      label_en: "Children's helpline (free, 24/7)",
    },
    { number: "102", label_ky: "Милиция", label_ru: "Милиция", label_en: "Police" },
    {
      number: "+996 312 62 12 12",
      label_ky: "Райондук билим берүү бөлүмү",
      label_ru: "Районный отдел образования",
      label_en: "District education office",
    },
  ],
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
  urgent: false,
  replies_go_to: "box",
  ...overrides,
});
