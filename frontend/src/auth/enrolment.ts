import type { QueryClient } from "@tanstack/react-query";
import type { components } from "../api/generated/schema";
import { ApiError } from "../api/problem";

// Kept apart from the other session hooks: the query client of every page follows the
// requirements, and a public page must not carry the staff code with it.

type Me = components["schemas"]["Me"];

export const meQueryKey = ["me"] as const;

/** The server's answer to any staff call while a required second factor is not on yet. */
export const ENROLMENT_REQUIRED = "two_factor_enrolment_required";

/**
 * After any failed call: when the server says the member must turn on a second factor first
 * (the district has just required it, say), `/me` is made to say so at once (the staff
 * frame then sends them to turn it on) and asked again.
 */
export function followEnrolmentRequirement(queryClient: QueryClient, error: unknown): void {
  if (!(error instanceof ApiError) || error.code !== ENROLMENT_REQUIRED) return;
  queryClient.setQueryData<Me>(meQueryKey, (me) =>
    me === undefined ? me : { ...me, two_factor: { ...me.two_factor, required: true, enabled: false } },
  );
  void queryClient.invalidateQueries({ queryKey: meQueryKey });
}

/** The server's answer to any staff call while the member has yet to choose their own password. */
export const PASSWORD_CHANGE_REQUIRED = "password_change_required";

/**
 * After any failed call: when the server says the member must first choose their own
 * password (someone else chose the one they have), `/me` is made to say so at once (the
 * staff frame then sends them to change it) and asked again.
 */
export function followPasswordChangeRequirement(queryClient: QueryClient, error: unknown): void {
  if (!(error instanceof ApiError) || error.code !== PASSWORD_CHANGE_REQUIRED) return;
  queryClient.setQueryData<Me>(meQueryKey, (me) => (me === undefined ? me : { ...me, password_change_required: true }));
  void queryClient.invalidateQueries({ queryKey: meQueryKey });
}
