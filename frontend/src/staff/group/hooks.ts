import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/client";
import type { components } from "../../api/generated/schema";
import { unwrap } from "../../api/problem";
import { meQueryKey } from "../../auth/hooks";

export type StaffMember = components["schemas"]["StaffView"];

const keys = {
  staff: (school: string) => ["school-staff", school] as const,
  group: (school: string) => ["working-group", school] as const,
};

/** The school's staff accounts, for its director and administrator. */
export function useSchoolStaff(school: string | undefined) {
  return useQuery({
    queryKey: keys.staff(school ?? ""),
    queryFn: () => unwrap(api.GET("/api/v1/schools/{slug}/staff", { params: { path: { slug: school ?? "" } } })),
    enabled: school !== undefined,
  });
}

/** The members of the school's working group. */
export function useWorkingGroup(school: string | undefined) {
  return useQuery({
    queryKey: keys.group(school ?? ""),
    queryFn: () =>
      unwrap(api.GET("/api/v1/schools/{slug}/working-group", { params: { path: { slug: school ?? "" } } })),
    enabled: school !== undefined,
  });
}

/** Names a staff member to the working group, or takes them off it. */
export function useSetWorkingGroupMember(school: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ userId, member }: { userId: string; member: boolean }) => {
      const params = { params: { path: { slug: school, user_id: userId } } };
      if (member) await unwrap(api.PUT("/api/v1/schools/{slug}/working-group/{user_id}", params));
      else await unwrap(api.DELETE("/api/v1/schools/{slug}/working-group/{user_id}", params));
    },
    // Pending until the lists are fetched again, so the tick never jumps back meanwhile.
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: keys.group(school) }),
        queryClient.invalidateQueries({ queryKey: keys.staff(school) }),
        // The signed-in person may have named themselves.
        queryClient.invalidateQueries({ queryKey: meQueryKey }),
      ]),
  });
}
