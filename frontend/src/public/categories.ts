import type { AppealCategory } from "./hooks";

/**
 * The categories a writer may choose, in the order of the Convention on the Rights of the
 * Child, with the article each right comes from (none for proposals, thanks and the rest).
 */
export const CATEGORIES: readonly { code: AppealCategory; article: string | null }[] = [
  { code: "non_discrimination", article: "2" },
  { code: "best_interests", article: "3" },
  { code: "right_to_be_heard", article: "12" },
  { code: "freedom_of_expression", article: "13" },
  { code: "freedom_of_thought", article: "14" },
  { code: "privacy", article: "16" },
  { code: "protection_from_violence", article: "19" },
  { code: "alternative_care", article: "20" },
  { code: "disability", article: "23" },
  { code: "health", article: "24" },
  { code: "standard_of_living", article: "27" },
  { code: "education", article: "28" },
  { code: "aims_of_education", article: "29" },
  { code: "leisure_and_play", article: "31" },
  { code: "child_labour", article: "32" },
  { code: "drugs", article: "33" },
  { code: "sexual_exploitation", article: "34" },
  { code: "other_exploitation", article: "35/36" },
  { code: "detention_and_punishment", article: "37" },
  { code: "recovery", article: "39" },
  { code: "proposal", article: null },
  { code: "gratitude", article: null },
  { code: "other", article: null },
];
