import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api } from "../../api/client";
import type { components } from "../../api/generated/schema";
import { unwrap } from "../../api/problem";

export type JournalRow = components["schemas"]["JournalRow"];
export type JournalPage = components["schemas"]["JournalPage"];
export type Verification = components["schemas"]["Verification"];
export type AppealStatus = components["schemas"]["AppealStatus"];

/** The statuses a registered appeal can have: what the journal can be filtered by. */
export const JOURNAL_STATUSES: readonly AppealStatus[] = ["registered", "assigned", "answered", "closed"];

export interface JournalFilter {
  year?: number;
  status?: AppealStatus;
  urgent?: boolean;
}

/** One page of the journal, keeping the last page on screen while the next one loads. */
export function useJournal(school: string | undefined, filter: JournalFilter, page: number, perPage: number) {
  return useQuery({
    queryKey: ["journal", school, filter, page, perPage],
    queryFn: () =>
      unwrap(
        api.GET("/api/v1/journal", {
          params: { query: { school: school ?? "", ...filter, page, per_page: perPage } },
        }),
      ),
    enabled: school !== undefined,
    placeholderData: keepPreviousData,
  });
}

/** The server's page size limit. */
const MAX_PER_PAGE = 500;

/** Every row of the journal, for the printed binder. */
export function useWholeJournal(school: string | undefined, filter: JournalFilter) {
  return useQuery({
    queryKey: ["journal", school, filter, "all"],
    queryFn: async () => {
      const rows: JournalRow[] = [];
      for (let page = 1; ; page += 1) {
        const answer = await unwrap(
          api.GET("/api/v1/journal", {
            params: { query: { school: school ?? "", ...filter, page, per_page: MAX_PER_PAGE } },
          }),
        );
        rows.push(...answer.rows);
        if (answer.rows.length === 0 || rows.length >= answer.total) return rows;
      }
    },
    enabled: school !== undefined,
  });
}

/** The chain recomputed by the server: intact, or the first entry that is wrong. */
export function useJournalVerification(school: string | undefined) {
  return useQuery({
    queryKey: ["journal-verification", school],
    queryFn: () =>
      unwrap(api.GET("/api/v1/journal/verify", { params: { query: { school: school ?? "" } } })),
    enabled: school !== undefined,
  });
}
