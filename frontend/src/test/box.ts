/** Answers of the openings, act and journal API, as the server gives them, for the staff pages' tests. */
import { director } from "./api";

export const school = { ...director.school };

export const wg1 = {
  ...director,
  id: "a428337b-a832-432c-a10f-54253a4ffbf3",
  login: "demo.wg1",
  full_name: "Dinara Sydykova",
  position: "Psychologist",
  roles: ["official", "working_group"],
};

export const wg2 = {
  ...director,
  id: "b41e05ce-396f-4bed-96de-9aa71617b6f0",
  login: "demo.wg2",
  full_name: "Ermek Abdyraev",
  position: "Class teacher, grade 7",
  roles: ["working_group"],
};

export const schoolView = {
  id: school.id,
  slug: school.slug,
  name: school.name,
  names: { ky: school.name, ru: null, en: null },
  district_id: director.district.id,
  settings: {
    opening_quorum: 3,
    opening_interval_months: 1,
    answer_deadline_working_days: 14,
    anonymous_target_working_days: 14,
    default_language: "ky",
    time_zone: "Asia/Bishkek",
  },
};

export const OPENING_ID = "02f4d48d-71f8-4342-a008-c6ceb4a6b441";

export const member = (person: { id: string; full_name: string; position: string }, signed = false) => ({
  user_id: person.id,
  full_name: person.full_name,
  position: person.position,
  confirmed_at: "2026-11-26T09:52:25Z",
  signed_at: signed ? "2026-11-26T10:10:00Z" : null,
});

export const opening = (overrides: Record<string, unknown> = {}) => ({
  id: OPENING_ID,
  school: school.slug,
  status: "awaiting_quorum",
  extraordinary: false,
  quorum: 3,
  members: [member(wg1)],
  expected: [] as { user_id: string; full_name: string; position: string }[],
  confirmations_needed: 2,
  signatures_needed: 3,
  started_at: "2026-11-26T09:52:25Z",
  opened_at: null,
  signed_at: null,
  act_number: null,
  acknowledged_at: null,
  ...overrides,
});

export const retrieved = (overrides: Record<string, unknown> = {}) => ({
  id: "0210559a-0780-40b3-80ff-90cf457d0636",
  channel: "online",
  anonymous: true,
  submitted_on: "2026-11-20",
  status: "retrieved",
  urgent: false,
  needs_referral: false,
  danger: [],
  in_danger: false,
  obscene_words: [],
  categories: [],
  text: "The light in the gym is broken.",
  language: "en",
  messages: [],
  not_accepted_reason: null,
  files: [],
  ...overrides,
});

export const act = (overrides: Record<string, unknown> = {}) => ({
  opening_id: OPENING_ID,
  number: "2026/07",
  school_name: school.name,
  language: "ky",
  extraordinary: false,
  opened_at: "2026-11-26T09:52:26Z",
  signed_at: "2026-11-26T10:10:00Z",
  members: [
    { full_name: "Dinara Sydykova", position: "Psychologist", signed_at: "2026-11-26T10:09:00Z" },
    { full_name: "Ermek Abdyraev", position: "Class teacher, grade 7", signed_at: "2026-11-26T10:09:30Z" },
  ],
  counts: {
    online: 2,
    paper: 3,
    not_accepted_obscene_language: 1,
    not_accepted_not_an_appeal: 1,
    urgent: 1,
    registered: 3,
  },
  registration_numbers: ["2026/14", "2026/15", "2026/16"],
  journal_head: { seq: 42, hash: "f2136b09da6bd642118a362290d39d9d2a80f7e98b5d436868f046b2608eb9a7" },
  acknowledged_at: null,
  acknowledged_by: null,
  ...overrides,
});

export const journalRow = (n: number, overrides: Record<string, unknown> = {}) => ({
  appeal_id: `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`,
  registration_number: `2026/${n}`,
  registered_on: "2026-11-26",
  official: null,
  measures: [],
  channel: "online",
  anonymous: true,
  categories: [],
  urgent: false,
  status: "registered",
  concerns_you: false,
  routed_to_district: false,
  ...overrides,
});
