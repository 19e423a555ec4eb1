/** Answers of the reports and district API, as the server gives them, for the pages' tests. */
import { director } from "./api";

export const socped = {
  ...director,
  id: "c7a1f0de-54c4-4b8e-9a51-0f1e2d3c4b5a",
  login: "demo.socped",
  full_name: "Cholpon Asanova",
  position: "Social pedagogue",
  roles: ["social_pedagogue", "official"],
};

export const districtOfficer = {
  ...director,
  id: "d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6",
  login: "demo.district",
  full_name: "Kanat Jumabaev",
  position: "District officer",
  school: null,
  roles: ["district_officer"],
};

export const figures = {
  found_online: 5,
  found_paper: 2,
  not_accepted: [{ reason: "obscene_language", count: 1 }],
  registered: 6,
  registered_with_files: 2,
  by_category: [
    { category: "education", count: 4 },
    { category: "protection_from_violence", count: 2 },
  ],
  urgent: 1,
  referrals: [
    {
      body_id: "3f2e1d0c-9b8a-4765-8432-10fedcba9876",
      code: "idn",
      name_ky: "ИИБдин жашы жетелектер иштери боюнча инспекциясы",
      name_ru: "Инспекция по делам несовершеннолетних",
      name_en: "Juvenile affairs inspectorate",
      count: 1,
    },
  ],
  answered_in_time: 3,
  answered_late: 1,
  open_at_end: 2,
  overdue_at_end: 0,
  median_days_to_answer: 6.5,
  openings: [{ act_number: "2026/10", signed_on: "2026-10-15", extraordinary: false }],
  schools: 1,
  schools_opened_as_required: 1,
  schools_no_opening_due: 0,
  counted_until: "2026-10-31",
};

export const monthlyReport = (overrides: Record<string, unknown> = {}) => ({
  school: "school-31",
  school_name: "School No. 31 Yntymak",
  school_names: { ky: null, ru: null, en: null },
  month: "2026-10",
  version: 1,
  status: "draft",
  figures,
  narrative: "",
  narratives: { ky: null, ru: null, en: null },
  language: "ky",
  changes: null,
  journal_head: { seq: 42, hash: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08" },
  publish_by: "2026-11-05",
  late: true,
  published_at: null,
  updated_at: "2026-11-02T04:00:00Z",
  versions: [{ version: 1, status: "draft", published_at: null, changes: null }],
  editable: true,
  ...overrides,
});

const shown = (count: number | null, text: string) => ({ count, shown: text });

export const parentsReport = (overrides: Record<string, unknown> = {}) => ({
  school: "school-31",
  school_name: "School No. 31 Yntymak",
  month: "2026-10",
  version: 1,
  published_at: "2026-11-03T06:00:00Z",
  changes: null,
  narrative: "We met the parents of grade 7 and repaired the lights in the yard.",
  narrative_language: "en",
  found: shown(7, "7"),
  registered: shown(6, "6"),
  urgent: shown(null, "<3"),
  referred: shown(null, "<3"),
  answered: shown(4, "4"),
  answered_in_time: shown(3, "3"),
  open_at_end: shown(null, "<3"),
  by_category: [
    { category: "education", count: shown(4, "4") },
    { category: "protection_from_violence", count: shown(null, "<3") },
  ],
  openings: 1,
  box_openings: "as_required",
  trend: [
    { month: "2026-09", registered: shown(0, "0") },
    { month: "2026-10", registered: shown(6, "6") },
  ],
  published_months: ["2026-10", "2026-09"],
  ...overrides,
});
