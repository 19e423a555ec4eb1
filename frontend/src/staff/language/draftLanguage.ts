import type { Language } from "../../i18n/languages";

/**
 * Below this many letters a draft says too little to tell its language: a greeting or a
 * name alone never warns.
 */
export const MIN_LETTERS = 30;

/** The letters Kyrgyz writes and Russian does not. */
const KYRGYZ_ONLY = /[ңөүҢӨҮ]/u;
const CYRILLIC = /\p{Script=Cyrillic}/gu;
const LATIN = /\p{Script=Latin}/gu;

/**
 * The language a text looks written in, or `null` when it is too short to tell.
 *
 * A deliberately simple rule, meant for a warning and never to block:
 * - fewer than {@link MIN_LETTERS} letters → `null`;
 * - more Latin than Cyrillic letters → `en`;
 * - any of the Kyrgyz-only letters ң, ө, ү → `ky`;
 * - other Cyrillic → `ru`.
 *
 * A Kyrgyz text of 30 letters almost always has one of ң, ө, ү; a Russian one never does.
 */
export function guessLanguage(text: string): Language | null {
  const cyrillic = text.match(CYRILLIC)?.length ?? 0;
  const latin = text.match(LATIN)?.length ?? 0;
  if (cyrillic + latin < MIN_LETTERS) return null;
  if (latin > cyrillic) return "en";
  return KYRGYZ_ONLY.test(text) ? "ky" : "ru";
}

/**
 * The language a draft looks written in when it is not the writer's — the answer should be in
 * the writer's language — or `null` when it matches or cannot be told.
 */
export function otherLanguage(draft: string, writer: Language): Language | null {
  const guessed = guessLanguage(draft);
  return guessed !== null && guessed !== writer ? guessed : null;
}
