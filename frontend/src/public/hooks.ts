import { useCallback } from "react";
import { publicApi } from "../api/publicClient";
import type { paths } from "../api/generated/schema";
import { unwrap } from "../api/problem";
import type { Language } from "../i18n/languages";
import { useRead, useSend } from "./requests";

type JsonOf<T> = T extends { content: { "application/json": infer Body } } ? Body : never;
type RequestOf<T> = T extends { requestBody?: infer Body } ? JsonOf<NonNullable<Body>> : never;

/** What the public page shows of a school. */
export type PublicSchool = JsonOf<paths["/api/v1/schools/{slug}/public"]["get"]["responses"][200]>;
/** An appeal as the form sends it. */
export type SubmitAppeal = RequestOf<paths["/api/v1/appeals"]["post"]>;
export type Submitter = NonNullable<SubmitAppeal["submitter"]>;
export type SubmitterKind = Submitter["kind"];
export type AppealCategory = NonNullable<SubmitAppeal["categories"]>[number];
/** The answer to a dropped appeal: the receipt, shown once. */
export type AppealReceipt = JsonOf<paths["/api/v1/appeals"]["post"]["responses"][201]>;
/** What the writer sees of an appeal through the receipt. */
export type TrackedAppeal = JsonOf<paths["/api/v1/appeals/track"]["post"]["responses"][200]>;
export type TrackedStatus = TrackedAppeal["status"];
export type TrackedMessage = TrackedAppeal["messages"][number];
export type WrittenMessage = JsonOf<paths["/api/v1/appeals/track/messages"]["post"]["responses"][201]>;

/** A file the server took for a drop or a reply, named by its id in `files`. */
export type UploadedFile = JsonOf<paths["/api/v1/schools/{slug}/files"]["post"]["responses"][201]>;

/** The file's bytes are the body, as they are. */
const asBytes = {
  bodySerializer: (file: Blob) => file,
  headers: { "Content-Type": "application/octet-stream" },
};

/** Sends a file for an appeal about to be dropped into the school's box. */
export function uploadForDrop(slug: string) {
  return (file: File) =>
    unwrap(publicApi.POST("/api/v1/schools/{slug}/files", { params: { path: { slug } }, body: file, ...asBytes }));
}

/** Sends a file for the writer's reply, through the receipt. */
export function uploadForReply(receipt: string) {
  return (file: File) =>
    unwrap(
      publicApi.POST("/api/v1/appeals/track/files", {
        params: { header: { Receipt: receipt } },
        body: file,
        ...asBytes,
      }),
    );
}

/** The school a QR code or a link leads to. */
export function usePublicSchool(slug: string) {
  const read = useCallback(
    () => unwrap(publicApi.GET("/api/v1/schools/{slug}/public", { params: { path: { slug } } })),
    [slug],
  );
  return useRead(`public-school:${slug}`, read, 10 * 60 * 1000);
}

export interface Submission {
  appeal: SubmitAppeal;
  /** Made once per submission and sent again on a retry, so the server answers the first try's result. */
  idempotencyKey: string;
}

/** Drops an appeal into the school's box. */
export function useSubmitAppeal() {
  return useSend(({ appeal, idempotencyKey }: Submission) =>
    unwrap(
      publicApi.POST("/api/v1/appeals", {
        body: appeal,
        headers: { "Idempotency-Key": idempotencyKey },
      }),
    ),
  );
}

/** Looks an appeal up by its receipt (a POST: the receipt never goes into an address). */
export function useTrackAppeal() {
  return useSend((receipt: string) => unwrap(publicApi.POST("/api/v1/appeals/track", { body: { receipt } })));
}

/** The writer's reply, through the receipt. */
export function useSendWriterMessage() {
  return useSend((message: { receipt: string; text: string; files?: string[] }) =>
    unwrap(publicApi.POST("/api/v1/appeals/track/messages", { body: message })),
  );
}

/** A school's published monthly report, as parents read it. */
export type ParentsReport = JsonOf<paths["/api/v1/schools/{slug}/reports/{month}"]["get"]["responses"][200]>;

/**
 * The published report of a month (`YYYY-MM`), or the newest one (`latest`): its narrative
 * and the school's name in `lang`, else (and without `lang`) in the school's language.
 */
export function useParentsReport(slug: string, month: string, lang?: Language) {
  const read = useCallback(
    () =>
      unwrap(
        publicApi.GET("/api/v1/schools/{slug}/reports/{month}", {
          params: { path: { slug, month }, query: lang ? { lang } : {} },
        }),
      ),
    [slug, month, lang],
  );
  return useRead(`parents-report:${slug}:${month}:${lang ?? ""}`, read, 5 * 60 * 1000);
}
