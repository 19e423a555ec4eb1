/** The receipt: 16 digits, shown in groups of four. */
export const RECEIPT_DIGITS = 16;

/** The digits of what was typed: spaces and dashes do not count. */
export function receiptDigits(typed: string): string {
  return typed.replace(/\D/g, "");
}

/** Whether the typed receipt is 16 digits, with nothing but spaces and dashes between them. */
export function isCompleteReceipt(typed: string): boolean {
  return /^[\d\s-]*$/.test(typed) && receiptDigits(typed).length === RECEIPT_DIGITS;
}

/** "1234567890123456" or "1234 5678-9012 3456" → "1234-5678-9012-3456". */
export function formatReceipt(receipt: string): string {
  const digits = receiptDigits(receipt);
  return digits.length === RECEIPT_DIGITS ? (digits.match(/\d{4}/g) ?? []).join("-") : receipt;
}

/** A text's length as the server counts it: in characters (code points), not UTF-16 units. */
export function characterCount(text: string): number {
  return Array.from(text).length;
}

/** The limit of an appeal's or a reply's text, in characters. */
export const MAX_TEXT_CHARACTERS = 10_000;
