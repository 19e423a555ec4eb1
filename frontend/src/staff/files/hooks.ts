import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/client";
import type { components } from "../../api/generated/schema";
import { unwrap } from "../../api/problem";

/** A photo, screenshot or PDF listed with an appeal or a writer's message. */
export type AttachedFile = components["schemas"]["AttachedFile"];

/** Where an appeal's files are read: at the opening that took it out of the box, or in its case. */
export type FilePlace = { opening: string; appeal: string } | { case: string };

function readFile(place: FilePlace, fileId: string): Promise<Blob> {
  if ("case" in place) {
    return unwrap(
      api.GET("/api/v1/cases/{id}/files/{file_id}", {
        params: { path: { id: place.case, file_id: fileId } },
        parseAs: "blob",
      }),
    );
  }
  return unwrap(
    api.GET("/api/v1/box-openings/{id}/appeals/{appeal_id}/files/{file_id}", {
      params: { path: { id: place.opening, appeal_id: place.appeal, file_id: fileId } },
      parseAs: "blob",
    }),
  );
}

/**
 * Every read is an audit entry: a file read once is not asked again while the page shows it
 * (the opening page follows its appeals every few seconds), and forgotten once it does not.
 */
function fileQuery(place: FilePlace, fileId: string) {
  return {
    queryKey: ["file", fileId] as const,
    queryFn: () => readFile(place, fileId),
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
  };
}

/** A file's bytes, for its thumbnail. */
export function useFileBytes(place: FilePlace, fileId: string) {
  return useQuery(fileQuery(place, fileId));
}

const EXTENSIONS: Record<string, string> = {
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/webp": "webp",
  "application/pdf": "pdf",
};

/** A name that says nothing about the appeal or its writer: the start of the file's id. */
export function neutralName(file: AttachedFile): string {
  return `file-${file.id.slice(0, 8)}.${EXTENSIONS[file.media_type] ?? "bin"}`;
}

/** Hands the bytes to the browser as a download; nothing is shown inside the page. */
function save(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the bytes by the time the click returns; a minute covers a slow disk.
  setTimeout(() => URL.revokeObjectURL(url), 60 * 1000);
}

/** Downloads a file under a neutral name (the bytes of a thumbnail already read are reused). */
export function useDownloadFile(place: FilePlace) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: AttachedFile) => queryClient.fetchQuery(fileQuery(place, file.id)),
    onSuccess: (blob, file) => save(blob, neutralName(file)),
  });
}
