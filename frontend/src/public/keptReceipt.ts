import type { AppealReceipt } from "./hooks";

// The receipt is the only way back to an appeal, and a slow line or a tapped "reload" must
// not lose it: it stays in this tab's sessionStorage (gone when the tab closes, never sent
// anywhere) until the writer says they have saved it, or leaves with the quick exit. Nothing
// else is kept: not the text, not a name, not a contact.
const STORAGE_KEY = "ishenim.receipt";

interface Kept {
  school: string;
  receipt: AppealReceipt;
}

function isAppealReceipt(value: unknown): value is AppealReceipt {
  if (typeof value !== "object" || value === null) return false;
  const receipt = value as Record<string, unknown>;
  return (
    typeof receipt.receipt === "string" &&
    typeof receipt.status === "string" &&
    typeof receipt.urgent === "boolean" &&
    typeof receipt.submitted_on === "string" &&
    typeof receipt.opening_interval_months === "number" &&
    typeof receipt.answer_within_working_days === "number"
  );
}

/** Keeps the receipt of an appeal just dropped at `school`, for this tab only. */
export function keepReceipt(school: string, receipt: AppealReceipt): void {
  const kept: Kept = {
    school,
    // Field by field: whatever else an answer may carry one day is not kept.
    receipt: {
      receipt: receipt.receipt,
      status: receipt.status,
      urgent: receipt.urgent,
      submitted_on: receipt.submitted_on,
      opening_interval_months: receipt.opening_interval_months,
      answer_within_working_days: receipt.answer_within_working_days,
    },
  };
  try {
    window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(kept));
  } catch {
    // Storage disabled or full: the receipt is still on the screen, only a reload loses it.
  }
}

/** The receipt kept in this tab for `school`, not yet confirmed as saved. */
export function keptReceipt(school: string): AppealReceipt | null {
  try {
    const kept = JSON.parse(window.sessionStorage.getItem(STORAGE_KEY) ?? "null") as Partial<Kept> | null;
    return kept?.school === school && isAppealReceipt(kept.receipt) ? kept.receipt : null;
  } catch {
    return null;
  }
}

/** Forgets the kept receipt: the writer has saved it. */
export function forgetReceipt(): void {
  try {
    window.sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing could be kept either.
  }
}
