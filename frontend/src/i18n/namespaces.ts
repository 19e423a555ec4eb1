/**
 * The catalogue files per feature; each language has one of each. Kept apart from the
 * browser code so that the build configuration reads the same lists.
 */
export const NAMESPACES = [
  "common",
  "auth",
  "staff",
  "errors",
  "school",
  "appeal",
  "track",
  "poster",
  "landing",
  "box",
  "act",
  "journal",
  "group",
  "cases",
  "audit",
  "settings",
  "reports",
  "district",
  "admin",
  "account",
] as const;

export type Namespace = (typeof NAMESPACES)[number];

/**
 * What a first visit needs (the start page, a school's page with its form and receipt,
 * checking an answer): loaded with the page, in its language only, as one file.
 */
export const PUBLIC_NAMESPACES = [
  "common",
  "errors",
  "school",
  "appeal",
  "track",
  "landing",
] as const satisfies readonly Namespace[];

/** Read on public pages opened less often (the poster, the parents' report): one file each. */
export const OCCASIONAL_NAMESPACES = ["poster", "reports"] as const satisfies readonly Namespace[];

/** The group of catalogues a namespace is shipped in: public, its own file, or the staff pages'. */
export function catalogueGroup(namespace: string): "public" | "staff" | null {
  if ((PUBLIC_NAMESPACES as readonly string[]).includes(namespace)) return "public";
  if ((OCCASIONAL_NAMESPACES as readonly string[]).includes(namespace)) return null;
  return "staff";
}
