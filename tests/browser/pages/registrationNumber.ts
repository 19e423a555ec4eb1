/**
 * A registration number as the pages show it, whether the test has it from the API ("2026/4")
 * or read it off a page ("2026/04"): at least two digits, like an act number.
 */
export function shownRegistrationNumber(registration: string): string {
  const match = /^(\d{4})\/(\d+)$/.exec(registration);
  return match ? `${match[1]}/${(match[2] ?? "").padStart(2, "0")}` : registration;
}
