/** A piece of text, marked when it is one of the words looked for. */
export interface Segment {
  text: string;
  marked: boolean;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function pattern(words: readonly string[]): RegExp | null {
  const wanted = [...new Set(words.map((word) => word.trim()).filter((word) => word !== ""))];
  if (wanted.length === 0) return null;
  // Longest first, so a word that contains another is marked whole.
  wanted.sort((a, b) => b.length - a.length);
  return new RegExp(wanted.map(escapeRegExp).join("|"), "giu");
}

/** Splits `text` into pieces, marking every place where one of `words` occurs (ignoring case). */
export function highlight(text: string, words: readonly string[]): Segment[] {
  const regex = pattern(words);
  if (!regex) return [{ text, marked: false }];
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(regex)) {
    const start = match.index;
    if (start > last) segments.push({ text: text.slice(last, start), marked: false });
    segments.push({ text: match[0], marked: true });
    last = start + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), marked: false });
  return segments;
}

/** Whether `word` still occurs in `text` (ignoring case). */
export function contains(text: string, word: string): boolean {
  return pattern([word])?.test(text) ?? false;
}
