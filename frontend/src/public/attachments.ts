import { useCallback, useEffect, useRef, useState } from "react";

/** At most this many files go with one appeal or reply. */
export const MAX_FILES = 5;
/** What the file control offers: phones turn a HEIC photo into a JPEG when HEIC is not listed. */
export const ACCEPTED_FILES = "image/jpeg,image/png,image/webp,application/pdf";

/** A chosen file: its name and size as the writer's phone tells them, and how its sending went. */
export type Attachment = { key: number; name: string; size: number } & (
  | { state: "sending" }
  | { state: "ready"; id: string }
  | { state: "refused"; error: Error }
);

/** Sends one file's bytes and answers the id the server gave it. */
export type Upload = (file: File) => Promise<{ id: string }>;

let lastKey = 0;

/**
 * The files a writer adds: each is sent as soon as it is chosen, one after the other (a slow
 * line carries one at a time better than five), and only the ones the server took are named
 * with the appeal.
 */
export function useAttachments(upload: Upload) {
  const [attachments, setAttachments] = useState<Attachment[]>([]);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const settle = useCallback((key: number, change: Partial<Attachment>) => {
    if (!mounted.current) return;
    setAttachments((current) =>
      current.map((attachment) => (attachment.key === key ? ({ ...attachment, ...change } as Attachment) : attachment)),
    );
  }, []);

  /** Adds what was chosen, as many as still fit; answers whether some did not. */
  const add = (files: readonly File[]): boolean => {
    const fitting = files.slice(0, Math.max(0, MAX_FILES - attachments.length));
    const added = fitting.map((file) => ({ file, key: (lastKey += 1) }));
    setAttachments((current) => [
      ...current,
      ...added.map(({ file, key }) => ({ key, name: file.name, size: file.size, state: "sending" as const })),
    ]);
    for (const { file, key } of added) {
      queue.current = queue.current.then(() =>
        upload(file).then(
          ({ id }) => settle(key, { state: "ready", id }),
          (error: unknown) => settle(key, { state: "refused", error: error as Error }),
        ),
      );
    }
    return fitting.length < files.length;
  };

  // A file removed while it is still sending is simply not named: the server forgets it.
  const remove = (key: number) => setAttachments((current) => current.filter((attachment) => attachment.key !== key));
  const clear = () => setAttachments([]);

  return {
    attachments,
    add,
    remove,
    clear,
    /** The ids to name in `files`. */
    ids: attachments.flatMap((attachment) => (attachment.state === "ready" ? [attachment.id] : [])),
    sending: attachments.some((attachment) => attachment.state === "sending"),
  };
}

export type Attachments = ReturnType<typeof useAttachments>;
