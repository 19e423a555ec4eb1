import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/client";
import type { components } from "../../api/generated/schema";
import { unwrap } from "../../api/problem";

export type MonthlyReport = components["schemas"]["MonthlyReport"];
export type MonthlyFigures = components["schemas"]["MonthlyFigures"];
export type ReportStatus = components["schemas"]["ReportStatus"];
export type ReportDraft = components["schemas"]["ReportDraft"];
export type ExportFormat = components["schemas"]["ExportFormat"];
export type NotAcceptedReason = components["schemas"]["NotAcceptedReason"];

export const EXPORT_FORMATS: readonly ExportFormat[] = ["csv", "xlsx"];

const keys = {
  all: ["report"] as const,
  report: (school: string, month: string, version: number | undefined) => ["report", school, month, version] as const,
};

/** The school's report of a month: the version asked for, or the newest one (a preview before the draft). */
export function useMonthlyReport(school: string, month: string, version: number | undefined) {
  return useQuery({
    queryKey: keys.report(school, month, version),
    queryFn: () =>
      unwrap(api.GET("/api/v1/reports/monthly", { params: { query: { school, month, version } } })),
  });
}

/** After a change to a month's report: every version of it is asked again. */
function useReportChange<Input>(school: string, month: string, change: (input: Input) => Promise<MonthlyReport>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: (report) => {
      queryClient.setQueryData(keys.report(school, month, undefined), report);
      return queryClient.invalidateQueries({ queryKey: [...keys.all, school, month] });
    },
    // A refused publication (the figures changed) is shown with the figures as they are now.
    onError: () => queryClient.invalidateQueries({ queryKey: [...keys.all, school, month] }),
  });
}

/** Saves the narrative; after publication, starts a correction that says what it changes. */
export const useSaveDraft = (school: string, month: string) =>
  useReportChange(school, month, (draft: ReportDraft) =>
    unwrap(api.PUT("/api/v1/reports/monthly/draft", { params: { query: { school, month } }, body: draft })),
  );

/** Publishes the draft: the parents' version appears on the school's page. */
export const usePublish = (school: string, month: string) =>
  useReportChange(school, month, () =>
    unwrap(api.POST("/api/v1/reports/monthly/publication", { params: { query: { school, month } } })),
  );

/** The file name the server gives in `Content-Disposition`, if any. */
function fileNameOf(response: Response | undefined): string | null {
  const header = response?.headers.get("Content-Disposition") ?? "";
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(header);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}

/** Offers a downloaded file to the person, as if they had followed a link to it. */
function offer(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file by the next task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * Downloads the report as CSV or XLSX. It needs the bearer token, so it cannot be a plain
 * link: the file is fetched through the client and then offered as a download.
 */
export function useExportReport(school: string, month: string, version: number | undefined) {
  return useMutation({
    mutationFn: async (format: ExportFormat) => {
      let response: Response | undefined;
      const blob = await unwrap(
        api
          .GET("/api/v1/reports/monthly/export", {
            params: { query: { school, month, format, version } },
            parseAs: "blob",
          })
          .then((result) => {
            response = result.response;
            return result;
          }),
      );
      offer(blob as Blob, fileNameOf(response) ?? `${school}-${month}.${format}`);
    },
  });
}
