/**
 * A registration number as the journal shows it: the year and the number of the appeal in
 * it, at least two digits, as act numbers are written ("2026/4" → "2026/04").
 */
export function formatRegistrationNumber(registration: string): string {
  const match = /^(\d{4})\/(\d+)$/.exec(registration);
  if (!match) return registration;
  const [, year = "", seq = ""] = match;
  return `${year}/${seq.padStart(2, "0")}`;
}
