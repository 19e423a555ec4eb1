import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api } from "../../api/client";
import type { components } from "../../api/generated/schema";
import { unwrap } from "../../api/problem";

export type AuditRow = components["schemas"]["AuditRow"];

/** The actions the server records in a school's trail, to filter by. */
export const AUDIT_ACTIONS = [
  "sign_in",
  "sign_in_failed",
  "sign_out",
  "refresh_token_reused",
  "staff_created",
  "role_granted",
  "role_revoked",
  "password_reset",
  "staff_deactivated",
  "staff_position_changed",
  "screening_word_set",
  "screening_word_removed",
  "opening_started",
  "opening_abandoned",
  "appeal_content_read",
  "appeal_assigned",
  "appeal_concern_recorded",
  "referral_body_added",
  "holidays_changed",
  "audit_trail_read",
  "school_created",
  "district_created",
  "report_draft_saved",
  "report_published",
  "report_exported",
  "service_account_created",
  "service_account_revoked",
  "service_token_issued",
  "webhook_subscribed",
  "webhook_removed",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export function isKnownAction(action: string): action is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(action);
}

/**
 * One page of the school's audit trail, newest first. Reading it is itself recorded, so it
 * is asked only when the page or the filter changes.
 */
export function useAuditTrail(school: string | undefined, action: AuditAction | undefined, page: number, perPage: number) {
  return useQuery({
    queryKey: ["audit", school, action, page, perPage],
    queryFn: () =>
      unwrap(
        api.GET("/api/v1/audit", {
          params: { query: { school: school ?? "", action, page, per_page: perPage } },
        }),
      ),
    enabled: school !== undefined,
    placeholderData: keepPreviousData,
    staleTime: Number.POSITIVE_INFINITY,
  });
}
