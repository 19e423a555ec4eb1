import { useMutation, useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { api } from "../../api/client";
import type { components } from "../../api/generated/schema";
import { ApiError, unwrap } from "../../api/problem";

export type BoxStatus = components["schemas"]["BoxStatus"];
export type Opening = components["schemas"]["OpeningView"];
export type OpeningStatus = components["schemas"]["OpeningStatus"];
export type OpeningMember = components["schemas"]["OpeningMember"];
export type RetrievedAppeal = components["schemas"]["RetrievedAppeal"];
export type PaperAppeal = components["schemas"]["PaperAppeal"];
export type NotAcceptedReason = components["schemas"]["NotAcceptedReason"];
export type Act = components["schemas"]["Act"];
export type ActCounts = components["schemas"]["ActCounts"];

export const NOT_ACCEPTED_REASONS: readonly NotAcceptedReason[] = ["obscene_language", "not_an_appeal"];

/** A page that shows the box asks again now and then: it learns that an opening has started. */
const BOX_STATUS_INTERVAL_MS = 30 * 1000;
/** While the group gathers, each member's page asks every few seconds who has confirmed. */
const AWAITING_INTERVAL_MS = 3 * 1000;
/** While the box is open, the page follows the others' notes and signatures. */
const OPEN_INTERVAL_MS = 5 * 1000;

const keys = {
  boxStatus: (school: string) => ["box-status", school] as const,
  openings: (school: string) => ["box-openings", school] as const,
  opening: (id: string) => ["box-opening", id] as const,
  appeals: (id: string) => ["box-opening", id, "appeals"] as const,
  act: (id: string) => ["box-opening", id, "act"] as const,
};

/** Whether the box is opened as often as it must be, and what waits in it. */
export function useBoxStatus(school: string | undefined) {
  return useQuery({
    queryKey: keys.boxStatus(school ?? ""),
    queryFn: () =>
      unwrap(api.GET("/api/v1/schools/{slug}/box-status", { params: { path: { slug: school ?? "" } } })),
    enabled: school !== undefined,
    refetchInterval: BOX_STATUS_INTERVAL_MS,
  });
}

/** The school's openings, newest first. */
export function useOpenings(school: string | undefined) {
  return useQuery({
    queryKey: keys.openings(school ?? ""),
    queryFn: () => unwrap(api.GET("/api/v1/box-openings", { params: { query: { school: school ?? "" } } })),
    enabled: school !== undefined,
  });
}

function isInProgress(status: OpeningStatus | undefined): boolean {
  return status === "awaiting_quorum" || status === "open";
}

/**
 * One opening, followed while it is in progress. Its appeals follow it: they are asked again
 * only when the opening is still open, never after the others have signed the act.
 */
export function useOpening(id: string) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: keys.opening(id),
    queryFn: async () => {
      const opening = await unwrap(api.GET("/api/v1/box-openings/{id}", { params: { path: { id } } }));
      if (opening.status === "open") void queryClient.invalidateQueries({ queryKey: keys.appeals(id), exact: true });
      return opening;
    },
    refetchInterval: (query) => {
      const status = query.state.data?.status;
      if (status === "awaiting_quorum") return AWAITING_INTERVAL_MS;
      return isInProgress(status) ? OPEN_INTERVAL_MS : false;
    },
  });
}

/** Refusals that mean the opening has moved on since the page last asked. */
const MOVED_ON = new Set(["act_signed", "opening_abandoned", "quorum_not_reached"]);

/**
 * The appeals taken out of the box: only for members who confirmed, only while it is open.
 * They are asked again with the opening (`useOpening`), not on a clock of their own.
 */
export function useOpeningAppeals(id: string, enabled: boolean) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: keys.appeals(id),
    queryFn: async () => {
      try {
        return await unwrap(api.GET("/api/v1/box-openings/{id}/appeals", { params: { path: { id } } }));
      } catch (error) {
        // Signed or abandoned by the others meanwhile: show where the opening is now.
        if (error instanceof ApiError && MOVED_ON.has(error.code)) {
          void queryClient.invalidateQueries({ queryKey: keys.opening(id), exact: true });
        }
        throw error;
      }
    },
    enabled,
  });
}

/** The frozen act of a signed opening. */
export function useAct(id: string) {
  return useQuery({
    queryKey: keys.act(id),
    queryFn: () => unwrap(api.GET("/api/v1/box-openings/{id}/act", { params: { path: { id } } })),
  });
}

/** After a change: the opening as the server answered it, and everything that counts openings. */
function openingChanged(queryClient: QueryClient, opening: Opening) {
  queryClient.setQueryData(keys.opening(opening.id), opening);
  void queryClient.invalidateQueries({ queryKey: keys.boxStatus(opening.school) });
  void queryClient.invalidateQueries({ queryKey: keys.openings(opening.school) });
  // Retrieving changes the appeals; once signed or abandoned they are no longer asked for.
  if (opening.status === "open") void queryClient.invalidateQueries({ queryKey: keys.appeals(opening.id) });
  else void queryClient.cancelQueries({ queryKey: keys.appeals(opening.id) });
  // Retrieving, signing or abandoning changes the alerts and the sealed count.
  void queryClient.invalidateQueries({ queryKey: ["alerts"] });
  void queryClient.invalidateQueries({ queryKey: ["appeals"] });
}

/** A working-group member starts an opening; they are its first confirmation. */
export function useStartOpening() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (start: { school: string; extraordinary: boolean; passphrase?: string }) =>
      unwrap(api.POST("/api/v1/box-openings", { body: start })),
    onSuccess: (opening) => openingChanged(queryClient, opening),
    onError: (_error, start) => {
      // Someone else may have started one meanwhile: show it.
      void queryClient.invalidateQueries({ queryKey: keys.boxStatus(start.school) });
    },
  });
}

type OpeningAction = "confirmations" | "sign" | "abandon" | "acknowledgement";

function useOpeningAction(id: string, action: OpeningAction) {
  const queryClient = useQueryClient();
  return useMutation({
    // A confirmation carries the member's box passphrase when the box is sealed to the group.
    mutationFn: (passphrase?: string) => {
      const params = { params: { path: { id } } };
      switch (action) {
        case "confirmations":
          return unwrap(
            api.POST("/api/v1/box-openings/{id}/confirmations", passphrase ? { ...params, body: { passphrase } } : params),
          );
        case "sign":
          return unwrap(api.POST("/api/v1/box-openings/{id}/sign", params));
        case "abandon":
          return unwrap(api.POST("/api/v1/box-openings/{id}/abandon", params));
        case "acknowledgement":
          return unwrap(api.POST("/api/v1/box-openings/{id}/acknowledgement", params));
      }
    },
    onSuccess: (opening) => {
      openingChanged(queryClient, opening);
      void queryClient.invalidateQueries({ queryKey: keys.act(id) });
    },
    // A refusal often means the opening moved on (signed, abandoned): show where it is now.
    onError: () => void queryClient.invalidateQueries({ queryKey: keys.opening(id), exact: true }),
  });
}

export const useConfirmOpening = (id: string) => useOpeningAction(id, "confirmations");
export const useSignAct = (id: string) => useOpeningAction(id, "sign");
export const useAbandonOpening = (id: string) => useOpeningAction(id, "abandon");
export const useAcknowledgeAct = (id: string) => useOpeningAction(id, "acknowledgement");

function appealChanged(queryClient: QueryClient, id: string, appeal: RetrievedAppeal) {
  queryClient.setQueryData<RetrievedAppeal[]>(keys.appeals(id), (current) => {
    if (!current) return [appeal];
    const known = current.some((item) => item.id === appeal.id);
    return known ? current.map((item) => (item.id === appeal.id ? appeal : item)) : [...current, appeal];
  });
}

/** A paper note found in the box, entered by a member. */
export function useAddPaperAppeal(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (paper: PaperAppeal) =>
      unwrap(api.POST("/api/v1/box-openings/{id}/paper-appeals", { params: { path: { id } }, body: paper })),
    onSuccess: (appeal) => appealChanged(queryClient, id, appeal),
  });
}

/** Sets an appeal aside as not accepted: counted in the act, not registered. */
export function useSetAside(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ appealId, reason }: { appealId: string; reason: NotAcceptedReason }) =>
      unwrap(
        api.POST("/api/v1/box-openings/{id}/appeals/{appeal_id}/set-aside", {
          params: { path: { id, appeal_id: appealId } },
          body: { reason },
        }),
      ),
    onSuccess: (appeal) => appealChanged(queryClient, id, appeal),
  });
}

/** At most this many photos go with one paper note. */
export const MAX_PAPER_PHOTOS = 5;

/** A member adds a photo of a paper note, taken at the opening; the note then lists it. */
export function useAddPaperPhoto(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ appealId, photo }: { appealId: string; photo: File }) =>
      unwrap(
        api.POST("/api/v1/box-openings/{id}/appeals/{appeal_id}/files", {
          params: { path: { id, appeal_id: appealId } },
          body: photo,
          bodySerializer: (bytes: Blob) => bytes,
          headers: { "Content-Type": "application/octet-stream" },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.appeals(id), exact: true }),
  });
}
