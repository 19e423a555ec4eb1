import type { Me, Role } from "../auth/hooks";

function holds(me: Me | undefined, roles: readonly Role[]): boolean {
  return me?.roles.some((role) => roles.includes(role)) ?? false;
}

/**
 * What the navigation offers whom. The server decides what each may do; the client only
 * leaves out what would be refused.
 */
export const can = {
  /** Take part in an opening: confirm, read, enter notes, sign. */
  takePartInOpenings: (me: Me | undefined) => holds(me, ["working_group"]),
  /** Follow the openings and receive the acts. */
  followOpenings: (me: Me | undefined) => holds(me, ["working_group", "director"]),
  acknowledgeActs: (me: Me | undefined) => holds(me, ["director"]),
  /** Be alerted to urgent sealed appeals at once: the director and the working group. */
  receiveAlerts: (me: Me | undefined) => holds(me, ["director", "working_group"]),
  /** Read the journal: staff of a school. */
  readJournal: (me: Me | undefined) => me?.school != null,
  manageWorkingGroup: (me: Me | undefined) => holds(me, ["director", "school_admin"]),
  /** Read a school's staff list: its director and administrator, and the district's administrator. */
  readSchoolStaff: (me: Me | undefined) => holds(me, ["director", "school_admin", "district_admin", "superadmin"]),
  /** Have cases: the director, the officials they are assigned to, the district office. */
  handleCases: (me: Me | undefined) =>
    holds(me, ["director", "deputy", "official", "social_pedagogue", "district_officer"]),
  /** See every case of the school, not only one's own. */
  directCases: (me: Me | undefined) => holds(me, ["director"]),
  /** Read the audit trail (DESIGN.md §4). */
  readAuditTrail: (me: Me | undefined) => holds(me, ["director", "district_officer"]),
  /** Set the school's public holidays, which deadlines skip. */
  manageHolidays: (me: Me | undefined) => holds(me, ["director", "school_admin"]),
  /** Add a competent body of the school's own to the referral catalogue. */
  addReferralBodies: (me: Me | undefined) => holds(me, ["director", "school_admin"]),
  /** Read, write and publish the school's monthly report (the server decides who may publish). */
  prepareReports: (me: Me | undefined) =>
    me?.school != null &&
    holds(me, ["director", "deputy", "official", "social_pedagogue", "working_group", "school_admin"]),
  /** Watch the district's schools: compliance and statistics. */
  watchDistrict: (me: Me | undefined) => holds(me, ["district_officer", "district_admin"]),
  /** Give the district's own systems access: service accounts and webhooks. */
  manageIntegrations: (me: Me | undefined) => holds(me, ["district_admin"]),
  /** Change the district's settings, such as requiring a second factor. */
  manageDistrictSettings: (me: Me | undefined) => holds(me, ["district_admin"]),
  /** Add staff accounts, give roles, reset passwords, deactivate (within reach: `grantableRoles`). */
  manageStaff: (me: Me | undefined) => holds(me, ["director", "school_admin", "district_admin", "superadmin"]),
  /** Change the school's name and the settings of its process. */
  manageSchoolSettings: (me: Me | undefined) => holds(me, ["director", "school_admin", "district_admin", "superadmin"]),
  /** The settings of one's own school: its director and administrator. */
  manageOwnSchool: (me: Me | undefined) => me?.school != null && holds(me, ["director", "school_admin"]),
  /** Create a school of the district with its first director. */
  createSchools: (me: Me | undefined) => holds(me, ["district_admin", "superadmin"]),
  /** A district account, which belongs to no school and names the school it looks at. */
  worksForDistrict: (me: Me | undefined) => me?.school == null && me?.district != null,
};

/** The roles of a school, in the order they are offered. */
export const SCHOOL_ROLES = [
  "director",
  "deputy",
  "official",
  "social_pedagogue",
  "working_group",
  "school_admin",
] as const satisfies readonly Role[];

export type SchoolRole = (typeof SCHOOL_ROLES)[number];

/**
 * The school roles the signed-in person may give or take away: nobody grants a role above
 * their own. The director and the school administrator manage every school role but the
 * director's; the district administrator names directors too. The server decides; this
 * only leaves out what it would refuse.
 */
export function grantableRoles(me: Me | undefined): SchoolRole[] {
  if (holds(me, ["district_admin", "superadmin"])) return [...SCHOOL_ROLES];
  if (holds(me, ["director", "school_admin"])) return SCHOOL_ROLES.filter((role) => role !== "director");
  return [];
}
