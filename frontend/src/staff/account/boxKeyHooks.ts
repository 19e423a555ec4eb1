import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/client";
import type { components } from "../../api/generated/schema";
import { unwrap } from "../../api/problem";

export type MyBoxKey = components["schemas"]["MyBoxKey"];
export type SchoolBoxKey = components["schemas"]["SchoolBoxKey"];

const keys = {
  mine: ["box-key", "me"] as const,
  school: (school: string) => ["box-key", "school", school] as const,
};

/** Whether I have set a box passphrase and hold a share of my school's box key. */
export function useMyBoxKey(enabled = true) {
  return useQuery({
    queryKey: keys.mine,
    queryFn: () => unwrap(api.GET("/api/v1/me/box-key")),
    enabled,
  });
}

/** The school's box key: protected or not yet, its fingerprint and who holds a share. */
export function useSchoolBoxKey(school: string | undefined) {
  return useQuery({
    queryKey: keys.school(school ?? ""),
    queryFn: () => unwrap(api.GET("/api/v1/schools/{slug}/box-key", { params: { path: { slug: school ?? "" } } })),
    enabled: school !== undefined,
  });
}

/** Sets my box passphrase: answers the recovery code, this once. */
export function useSetBoxPassphrase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (passphrase: string) => unwrap(api.POST("/api/v1/me/box-key", { body: { passphrase } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ["box-key"] }),
  });
}

/** Changes my box passphrase with the current one or the recovery code. */
export function useChangeBoxPassphrase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: { current: string; new_passphrase: string }) =>
      unwrap(api.POST("/api/v1/me/box-key/passphrase", { body: change })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ["box-key"] }),
  });
}

/**
 * Whether this member must type their box passphrase to start or confirm an opening: the box
 * is sealed to the working group and they hold a share of its key.
 */
export function usePassphraseNeeded(school: string | undefined): boolean {
  const mine = useMyBoxKey(school !== undefined);
  const box = useSchoolBoxKey(school);
  return Boolean(box.data?.protected && mine.data?.holds_share);
}

/** The district administrator sets the district office's box passphrase: answers its recovery code, this once. */
export function useSetDistrictBoxKey(district: string) {
  return useMutation({
    mutationFn: (passphrase: string) =>
      unwrap(api.POST("/api/v1/districts/{slug}/box-key", { params: { path: { slug: district } }, body: { passphrase } })),
  });
}

/** The district administrator gives the district office's share to an opening, with the district's passphrase. */
export function useGiveDistrictShare() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ opening, passphrase }: { opening: string; passphrase: string }) =>
      unwrap(
        api.POST("/api/v1/box-openings/{id}/district-share", { params: { path: { id: opening } }, body: { passphrase } }),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ["openings"] }),
  });
}

export type OpeningAwaitingShare = components["schemas"]["OpeningAwaitingShare"];

/** The openings of the district's schools waiting for their quorum, for the district's share. */
export function useOpeningsAwaitingQuorum(district: string) {
  return useQuery({
    queryKey: ["openings", "awaiting-quorum", district],
    queryFn: () =>
      unwrap(
        api.GET("/api/v1/districts/{slug}/openings-awaiting-quorum", { params: { path: { slug: district } } }),
      ),
  });
}

/** The district administrator changes the district office's box passphrase, with the current one or the recovery code. */
export function useChangeDistrictPassphrase(district: string) {
  return useMutation({
    mutationFn: (change: { current: string; new_passphrase: string }) =>
      unwrap(
        api.POST("/api/v1/districts/{slug}/box-key/passphrase", { params: { path: { slug: district } }, body: change }),
      ),
  });
}
