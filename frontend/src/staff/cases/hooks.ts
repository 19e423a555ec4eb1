import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { api } from "../../api/client";
import type { components } from "../../api/generated/schema";
import { unwrap } from "../../api/problem";

export type CaseSummary = components["schemas"]["CaseSummary"];
export type CaseList = components["schemas"]["CaseList"];
export type CaseFile = components["schemas"]["CaseFile"];
export type CaseFlag = components["schemas"]["CaseFlag"];
export type CaseState = components["schemas"]["CaseState"];
export type CaseMessage = components["schemas"]["CaseMessage"];
export type CaseMeasure = components["schemas"]["CaseMeasure"];
export type CaseReferral = components["schemas"]["CaseReferral"];
export type ReferralBody = components["schemas"]["ReferralBody"];
export type ReferralMethod = components["schemas"]["ReferralMethod"];
export type Outcome = components["schemas"]["Outcome"];
export type StaffRef = components["schemas"]["StaffRef"];
export type NewMeasure = components["schemas"]["NewMeasure"];
export type NewReferral = components["schemas"]["NewReferral"];
export type ReferralReply = components["schemas"]["ReferralReply"];
export type NewReferralBody = components["schemas"]["NewReferralBody"];
export type CloseCase = components["schemas"]["CloseCase"];

export const CASE_STATES: readonly CaseState[] = ["open", "closed", "all"];
export const REFERRAL_METHODS: readonly ReferralMethod[] = ["phone", "letter", "email", "in_person", "online"];
export const OUTCOMES: readonly Outcome[] = ["resolved", "unfounded", "referred", "withdrawn", "no_answer_possible"];

/** The flags that call for action now: shown in red. */
export const PRESSING_FLAGS: ReadonlySet<CaseFlag> = new Set<CaseFlag>(["urgent_without_referral", "overdue"]);

const keys = {
  all: ["cases"] as const,
  list: (school: string, state: CaseState, page: number, perPage: number) =>
    ["cases", school, state, page, perPage] as const,
  file: (id: string) => ["case", id] as const,
  bodies: (school: string) => ["referral-bodies", school] as const,
};

/** One page of the caller's cases: what needs attention first, as the server orders them. */
export function useCases(school: string | undefined, state: CaseState, page: number, perPage: number) {
  return useQuery({
    queryKey: keys.list(school ?? "", state, page, perPage),
    queryFn: () =>
      unwrap(
        api.GET("/api/v1/cases", {
          params: { query: { school: school ?? "", state, page, per_page: perPage } },
        }),
      ),
    enabled: school !== undefined,
    placeholderData: keepPreviousData,
  });
}

/** A case in full. Every read is recorded in the audit trail, so it is not asked again on focus. */
export function useCase(id: string) {
  return useQuery({
    queryKey: keys.file(id),
    queryFn: () => unwrap(api.GET("/api/v1/cases/{id}", { params: { path: { id } } })),
  });
}

/** The competent bodies the school refers to: the common ones and its own. */
export function useReferralBodies(school: string | undefined, enabled = true) {
  return useQuery({
    queryKey: keys.bodies(school ?? ""),
    queryFn: () =>
      unwrap(api.GET("/api/v1/referral-bodies", { params: { query: { school: school ?? "" } } })),
    enabled: school !== undefined && enabled,
    staleTime: 10 * 60 * 1000,
  });
}

/** After a step on a case: the case, the inboxes and the journal's columns change. */
function caseChanged(queryClient: QueryClient, id: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: keys.file(id) }),
    queryClient.invalidateQueries({ queryKey: keys.all }),
    queryClient.invalidateQueries({ queryKey: ["journal"] }),
  ]);
}

/** A step on a case; pending until the case is fetched again, so the page never shows it half-done. */
function useCaseStep<Input, Output>(id: string, step: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: step,
    onSuccess: () => caseChanged(queryClient, id),
  });
}

const path = (id: string) => ({ params: { path: { id } } });

/** The director assigns (or reassigns) the competent official. */
export const useAssign = (id: string) =>
  useCaseStep(id, (officialId: string) =>
    unwrap(api.POST("/api/v1/cases/{id}/assignment", { ...path(id), body: { official_id: officialId } })),
  );

/** Records that the appeal concerns a staff member: they lose sight of it. */
export const useMarkConcerned = (id: string) =>
  useCaseStep(id, (staffId: string) =>
    unwrap(api.POST("/api/v1/cases/{id}/concerned-staff", { ...path(id), body: { staff_id: staffId } })),
  );

export const useAddMeasure = (id: string) =>
  useCaseStep(id, (measure: NewMeasure) =>
    unwrap(api.POST("/api/v1/cases/{id}/measures", { ...path(id), body: measure })),
  );

export const useAddNote = (id: string) =>
  useCaseStep(id, (text: string) => unwrap(api.POST("/api/v1/cases/{id}/notes", { ...path(id), body: { text } })));

export const useRefer = (id: string) =>
  useCaseStep(id, (referral: NewReferral) =>
    unwrap(api.POST("/api/v1/cases/{id}/referrals", { ...path(id), body: referral })),
  );

export const useRecordReferralReply = (id: string) =>
  useCaseStep(id, ({ referralId, reply }: { referralId: string; reply: ReferralReply }) =>
    unwrap(
      api.POST("/api/v1/cases/{id}/referrals/{referral_id}/reply", {
        params: { path: { id, referral_id: referralId } },
        body: reply,
      }),
    ),
  );

/** The answer to the writer: a draft, or (the director) approved at once. */
export const useAddAnswer = (id: string) =>
  useCaseStep(id, (answer: { text: string; approve: boolean }) =>
    unwrap(api.POST("/api/v1/cases/{id}/answers", { ...path(id), body: answer })),
  );

/** The director approves a drafted answer: from now on the writer reads it. */
export const useApproveAnswer = (id: string) =>
  useCaseStep(id, (answerId: string) =>
    unwrap(
      api.POST("/api/v1/cases/{id}/answers/{answer_id}/approval", {
        params: { path: { id, answer_id: answerId } },
      }),
    ),
  );

export const useCloseCase = (id: string) =>
  useCaseStep(id, (closing: CloseCase) =>
    unwrap(api.POST("/api/v1/cases/{id}/closing", { ...path(id), body: closing })),
  );

/** The school adds a competent body of its own to the catalogue. */
export function useAddReferralBody(school: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Omit<NewReferralBody, "school">) =>
      unwrap(api.POST("/api/v1/referral-bodies", { body: { school, ...body } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.bodies(school) }),
  });
}
