import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/client";
import type { components } from "../../api/generated/schema";
import { unwrap } from "../../api/problem";
import { meQueryKey } from "../../auth/hooks";

export type DistrictOverview = components["schemas"]["DistrictOverview"];
export type SchoolCompliance = components["schemas"]["SchoolCompliance"];
export type DistrictStatistics = components["schemas"]["DistrictStatistics"];
export type ServiceAccount = components["schemas"]["ServiceAccountView"];
export type ServiceScope = components["schemas"]["ServiceScope"];
export type NewServiceAccount = components["schemas"]["NewServiceAccount"];
export type WebhookSubscription = components["schemas"]["WebhookSubscription"];
export type EventType = components["schemas"]["EventType"];
export type NewWebhookSubscription = components["schemas"]["NewWebhookSubscription"];

export const SERVICE_SCOPES: readonly ServiceScope[] = ["district:read", "reports:read", "journal:read"];
export const EVENT_TYPES: readonly EventType[] = [
  "appeal.urgent",
  "case.referred_to_district",
  "report.published",
  "box.overdue",
  "appeal.urgent_not_referred",
];

const path = (district: string) => ({ params: { path: { slug: district } } });

/** Every school of the district at a glance: the box, the report, the cases, the journal. */
export function useDistrictSchools(district: string) {
  return useQuery({
    queryKey: ["district", district, "schools"],
    queryFn: () => unwrap(api.GET("/api/v1/districts/{slug}/schools", path(district))),
  });
}

/** The district's figures of a month (the last finished one when none is asked for). */
export function useDistrictStatistics(district: string, month: string | undefined) {
  return useQuery({
    queryKey: ["district", district, "statistics", month],
    queryFn: () =>
      unwrap(
        api.GET("/api/v1/districts/{slug}/statistics", {
          params: { path: { slug: district }, query: { month } },
        }),
      ),
  });
}

const accountsKey = (district: string) => ["district", district, "service-accounts"] as const;
const webhooksKey = (district: string) => ["district", district, "webhooks"] as const;

export function useServiceAccounts(district: string) {
  return useQuery({
    queryKey: accountsKey(district),
    queryFn: () => unwrap(api.GET("/api/v1/districts/{slug}/service-accounts", path(district))),
  });
}

export function useCreateServiceAccount(district: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (account: NewServiceAccount) =>
      unwrap(api.POST("/api/v1/districts/{slug}/service-accounts", { ...path(district), body: account })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountsKey(district) }),
  });
}

export function useRevokeServiceAccount(district: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(
        api.DELETE("/api/v1/districts/{slug}/service-accounts/{id}", { params: { path: { slug: district, id } } }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountsKey(district) }),
  });
}

export function useWebhooks(district: string) {
  return useQuery({
    queryKey: webhooksKey(district),
    queryFn: () => unwrap(api.GET("/api/v1/districts/{slug}/webhooks", path(district))),
  });
}

export function useSubscribeWebhook(district: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (subscription: NewWebhookSubscription) =>
      unwrap(api.POST("/api/v1/districts/{slug}/webhooks", { ...path(district), body: subscription })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: webhooksKey(district) }),
  });
}

export function useRemoveWebhook(district: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.DELETE("/api/v1/districts/{slug}/webhooks/{id}", { params: { path: { slug: district, id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: webhooksKey(district) }),
  });
}

export type NewDistrictSchool = components["schemas"]["NewDistrictSchool"];

/** Creates a school of the district with its first director, whose first password comes back once. */
export function useCreateSchool(district: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (school: NewDistrictSchool) =>
      unwrap(api.POST("/api/v1/districts/{slug}/schools", { ...path(district), body: school })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["district", district, "schools"] }),
  });
}

export type DistrictSettings = components["schemas"]["DistrictSettings"];
export type DistrictSettingsChange = components["schemas"]["DistrictSettingsChange"];
/** A number to call for help, named in the three languages of the box. */
export type Helpline = components["schemas"]["Helpline"];

const settingsKey = (district: string) => ["district", district, "settings"] as const;

/**
 * The district's settings: whether its directors and district staff must sign in with a
 * second factor, and the helplines its schools' public pages show.
 */
export function useDistrictSettings(district: string) {
  return useQuery({
    queryKey: settingsKey(district),
    queryFn: () => unwrap(api.GET("/api/v1/districts/{slug}/settings", path(district))),
  });
}

/**
 * Saves the district's settings. Requiring a second factor applies at once, to the one who
 * saves too: `/me` is asked again, and says so when they have not turned it on yet.
 */
export function useSaveDistrictSettings(district: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (settings: DistrictSettingsChange) =>
      unwrap(api.PUT("/api/v1/districts/{slug}/settings", { ...path(district), body: settings })),
    onSuccess: (saved) => {
      queryClient.setQueryData(settingsKey(district), saved);
      // The schools' public pages show the district's helplines.
      void queryClient.invalidateQueries({ queryKey: ["public-school"] });
      return queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
  });
}
