import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/ErrorAlert";
import { useFileSize } from "../../public/fileSize";
import { useDownloadFile, useFileBytes, type AttachedFile, type FilePlace } from "./hooks";

/** The kinds of file a thumbnail is drawn for: pictures only, never a PDF. */
const PICTURES = new Set(["image/jpeg", "image/png", "image/webp"]);

const kindOf = (file: AttachedFile) =>
  PICTURES.has(file.media_type) ? "image" : file.media_type === "application/pdf" ? "pdf" : "other";

/** A picture drawn from bytes: its object URL lives as long as the image shows them. */
function Picture({ blob, alt }: { blob: Blob; alt: string }) {
  const image = useRef<HTMLImageElement>(null);
  useEffect(() => {
    const url = URL.createObjectURL(blob);
    if (image.current) image.current.src = url;
    return () => URL.revokeObjectURL(url);
  }, [blob]);
  return <img ref={image} className="file-list__thumbnail" alt={alt} />;
}

function Thumbnail({ place, file, number }: { place: FilePlace; file: AttachedFile; number: number }) {
  const { t } = useTranslation("box");
  const bytes = useFileBytes(place, file.id);
  if (bytes.isError) return <ErrorAlert error={bytes.error} onRetry={() => void bytes.refetch()} />;
  if (!bytes.data) return <p className="file-list__loading">{t("files.loading")}</p>;
  return <Picture blob={bytes.data} alt={t("files.thumbnail", { number })} />;
}

interface FileListProps {
  place: FilePlace;
  files: readonly AttachedFile[];
}

/**
 * The photos, screenshots and PDFs of an appeal or a message: pictures as thumbnails, every
 * file downloadable under a neutral name. Each read is recorded, and the list says so.
 */
export function FileList({ place, files }: FileListProps) {
  const { t } = useTranslation("box");
  const size = useFileSize();
  const download = useDownloadFile(place);
  if (files.length === 0) return null;
  return (
    <section className="file-list" aria-label={t("files.heading")}>
      <p className="appeal-card__label">{t("files.heading")}</p>
      <p className="field__hint">{t("files.recorded")}</p>
      <ul className="file-list__files">
        {files.map((file, index) => {
          const number = index + 1;
          const downloading = download.isPending && download.variables.id === file.id;
          return (
            <li key={file.id} className="file-list__file">
              {PICTURES.has(file.media_type) && <Thumbnail place={place} file={file} number={number} />}
              <p className="file-list__about">
                {t("files.file", { number, kind: t(`files.kinds.${kindOf(file)}`), size: size(file.byte_size) })}
              </p>
              <button type="button" className="button" disabled={downloading} onClick={() => download.mutate(file)}>
                {downloading ? t("files.downloading") : t("files.download", { number })}
              </button>
            </li>
          );
        })}
      </ul>
      {download.isError && <ErrorAlert error={download.error} />}
    </section>
  );
}
