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
  /** Read the journal: staff of a school. */
  readJournal: (me: Me | undefined) => me?.school != null,
  manageWorkingGroup: (me: Me | undefined) => holds(me, ["director", "school_admin"]),
};
