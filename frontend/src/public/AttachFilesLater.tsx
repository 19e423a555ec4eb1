import { lazy, Suspense } from "react";
import type { Attachments } from "./attachments";

// The file control comes after the text and is not needed to write it: it is fetched once the
// form is shown, so the form's first visit does not wait for it on a slow line.
const AttachFiles = lazy(async () => ({ default: (await import("./AttachFiles")).AttachFiles }));

/** The file control, shown as soon as it has arrived. */
export function AttachFilesLater({ files }: { files: Attachments }) {
  return (
    <Suspense fallback={null}>
      <AttachFiles files={files} />
    </Suspense>
  );
}
