import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/client";
import type { components } from "../../api/generated/schema";
import { unwrap } from "../../api/problem";

export type Holiday = components["schemas"]["Holiday"];

const key = (school: string) => ["holidays", school] as const;

/** The school's public holidays, which answer deadlines skip. */
export function useHolidays(school: string | undefined) {
  return useQuery({
    queryKey: key(school ?? ""),
    queryFn: () =>
      unwrap(api.GET("/api/v1/schools/{slug}/holidays", { params: { path: { slug: school ?? "" } } })),
    enabled: school !== undefined,
  });
}

/** Replaces the school's holidays with the list as edited. */
export function useSaveHolidays(school: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (holidays: Holiday[]) =>
      unwrap(api.PUT("/api/v1/schools/{slug}/holidays", { params: { path: { slug: school } }, body: { holidays } })),
    onSuccess: (saved) => queryClient.setQueryData(key(school), saved),
  });
}

export type StaffMember = components["schemas"]["StaffView"];
export type NewStaffMember = components["schemas"]["NewStaffMember"];
export type Role = components["schemas"]["Role"];
export type SchoolView = components["schemas"]["SchoolView"];
export type SchoolSettingsChange = components["schemas"]["SchoolSettingsChange"];

// The same keys as the working group's staff list and `useSchool`, so each change shows there too.
const staffKey = (school: string) => ["school-staff", school] as const;
const schoolKey = (school: string) => ["school", school] as const;

/** Adds a staff account to the school; the answer carries its first password, shown once. */
export function useCreateStaffMember(school: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (member: NewStaffMember) =>
      unwrap(api.POST("/api/v1/schools/{slug}/staff", { params: { path: { slug: school } }, body: member })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: staffKey(school) }),
  });
}

/** Replaces the roles a member holds. */
export function useSetStaffRoles(school: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, roles }: { id: string; roles: Role[] }) =>
      unwrap(api.PUT("/api/v1/staff/{id}/roles", { params: { path: { id } }, body: { roles } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: staffKey(school) }),
  });
}

/** Replaces a member's position in each language (the school's language required). */
export function useSetStaffPosition(school: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, positions }: { id: string; positions: components["schemas"]["Positions"] }) =>
      unwrap(api.PUT("/api/v1/staff/{id}/position", { params: { path: { id } }, body: { positions } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: staffKey(school) }),
  });
}

/** Gives a member a new password, shown once; they are signed out everywhere. */
export function useResetStaffPassword() {
  return useMutation({
    mutationFn: (id: string) => unwrap(api.POST("/api/v1/staff/{id}/password-reset", { params: { path: { id } } })),
  });
}

/**
 * Takes away a member's second factor (a lost phone): they are signed out everywhere and
 * sign in with their password alone until they turn it on again.
 */
export function useResetStaffTwoFactor() {
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.POST("/api/v1/staff/{id}/two-factor-reset", { params: { path: { id } } })),
  });
}

/** Deactivates a member's account: they can no longer sign in. */
export function useDeactivateStaffMember(school: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.POST("/api/v1/staff/{id}/deactivation", { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: staffKey(school) }),
  });
}

/** Saves the school's name and the settings of its process. */
export function useSaveSchoolSettings(school: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (settings: SchoolSettingsChange) =>
      unwrap(api.PUT("/api/v1/schools/{slug}/settings", { params: { path: { slug: school } }, body: settings })),
    onSuccess: (saved) => queryClient.setQueryData(schoolKey(school), saved),
  });
}
