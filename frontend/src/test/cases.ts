/** Answers of the case handling API, as the server gives them, for the case pages' tests. */
import type { CaseFile, CaseSummary, ReferralBody, StaffRef } from "../staff/cases/hooks";
import { director } from "./api";
import { wg1 } from "./box";

export const CASE_ID = "3c1f8f5e-8a3e-4c55-9a57-6d1b2f0e4a10";

export const deputy = {
  ...director,
  id: "6a1c3d6e-2f4b-4e8a-9c1d-7b2e3f4a5b6c",
  login: "demo.deputy",
  full_name: "Bakyt Toktogulov",
  position: "Deputy director for educational work",
  roles: ["deputy", "official"],
};

export const staffRef = (person: { id: string; full_name: string; position: string }): StaffRef => ({
  id: person.id,
  full_name: person.full_name,
  position: person.position,
});

export const staffView = (person: { id: string; login: string; full_name: string; position: string; roles: string[] }) => ({
  id: person.id,
  login: person.login,
  full_name: person.full_name,
  position: person.position,
  roles: person.roles,
  active: true,
});

export const caseSummary = (overrides: Partial<CaseSummary> = {}): CaseSummary => ({
  id: CASE_ID,
  school: "school-31",
  registration_number: "2026/14",
  registered_on: "2026-11-26",
  channel: "online",
  anonymous: false,
  categories: ["education"],
  urgent: false,
  status: "registered",
  official: null,
  answer_due_on: "2026-12-16",
  flags: ["unassigned"],
  ...overrides,
});

/** The school's active staff, by name, as the server lists them for those directing a case. */
export const assignable = (): StaffRef[] => [staffRef(director), staffRef(deputy), staffRef(wg1)];

export const caseFile = (overrides: Partial<CaseFile> = {}, summary: Partial<CaseSummary> = {}): CaseFile => ({
  summary: caseSummary(summary),
  text: "The window in the chemistry room is broken.",
  language: "en",
  danger: [],
  needs_referral: false,
  writer: { name: "Gulnara Asanova", kind: "parent", class_name: null, phone: null, email: "gulnara@example.kg" },
  files: [],
  messages: [],
  measures: [],
  referrals: [],
  concerned_staff: [],
  routed_to_district: false,
  outcome: null,
  closed_on: null,
  your_part: { directing: true, handling: true },
  assignable: assignable(),
  ...overrides,
});

export const bodies: { items: [ReferralBody, ReferralBody] } = {
  items: [
    {
      id: "00000000-0000-4000-8000-000000000001",
      code: "juvenile_affairs_inspectorate",
      name_ky: "Милициянын жашы жете электер иштери боюнча инспекциясы (ЖЖЭИБИ)",
      name_ru: "Инспекция по делам несовершеннолетних милиции (ИДН)",
      name_en: "Juvenile affairs inspectorate of the police",
      district_office: false,
    },
    {
      id: "00000000-0000-4000-8000-000000000003",
      code: "district_education_office",
      name_ky: "Райондук билим берүү бөлүмү",
      name_ru: "Районный отдел образования (районо)",
      name_en: "District education office",
      district_office: true,
    },
  ],
};
