import { useQuery } from "@tanstack/react-query";
import { api } from "../api/client";
import type { paths } from "../api/generated/schema";
import { unwrap } from "../api/problem";
import type { Me } from "../auth/hooks";
import { can } from "./roles";

type JsonOf<T> = T extends { content: { "application/json": infer Body } } ? Body : never;

/** An urgent sealed appeal: when it was dropped, never what it says. */
export type Alert = JsonOf<paths["/api/v1/alerts"]["get"]["responses"][200]>[number];

/** How often the shell asks again for urgent alerts while it is open. */
const ALERTS_INTERVAL_MS = 60 * 1000;

/** The school's urgent alerts, asked only by those who receive them: its director and working group. */
export function useAlerts(me: Me | undefined, school: string | undefined) {
  return useQuery({
    queryKey: ["alerts", school],
    queryFn: () => unwrap(api.GET("/api/v1/alerts", { params: { query: { school: school ?? "" } } })),
    enabled: school !== undefined && can.receiveAlerts(me),
    refetchInterval: ALERTS_INTERVAL_MS,
  });
}

/** A school and its settings (its time zone, its quorum), for its staff. */
export function useSchool(school: string | undefined) {
  return useQuery({
    queryKey: ["school", school],
    queryFn: () => unwrap(api.GET("/api/v1/schools/{slug}", { params: { path: { slug: school ?? "" } } })),
    enabled: school !== undefined,
    staleTime: 10 * 60 * 1000,
  });
}
