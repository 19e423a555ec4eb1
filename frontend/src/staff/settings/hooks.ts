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
