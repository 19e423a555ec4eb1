import { useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { problemMessage } from "../i18n/problemMessage";
import { useFileSize } from "./fileSize";
import { ACCEPTED_FILES, MAX_FILES, type Attachment, type Attachments } from "./attachments";

function Chosen({ attachment, onRemove }: { attachment: Attachment; onRemove: () => void }) {
  const { t } = useTranslation("appeal");
  const { t: tErrors } = useTranslation("errors");
  const size = useFileSize();
  return (
    <li className={`attachment attachment--${attachment.state}`}>
      <span className="attachment__name">{attachment.name}</span>
      <span className="attachment__size">{size(attachment.size)}</span>
      <span className="attachment__state">
        {attachment.state === "refused" ? problemMessage(tErrors, attachment.error) : t(`files.${attachment.state}`)}
      </span>
      <button type="button" className="button button--quiet" onClick={onRemove}>
        {t("files.remove", { name: attachment.name })}
      </button>
    </li>
  );
}

/**
 * "Add photos or screenshots": a real file input with its label, the warning that a photo can
 * show who you are, and each chosen file with its state. It comes after the text, never before.
 */
export function AttachFiles({ files }: { files: Attachments }) {
  const { t } = useTranslation("appeal");
  const id = useId();
  const [tooMany, setTooMany] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const full = files.attachments.length >= MAX_FILES;
  return (
    <div className="field attach">
      <label htmlFor={id}>{t("files.label")}</label>
      <p className="field__hint" id={`${id}-hint`}>
        {t("files.hint", { max: MAX_FILES })}
      </p>
      <p className="attach__warning" id={`${id}-warning`}>
        {t("files.warning")}
      </p>
      <input
        ref={input}
        id={id}
        type="file"
        multiple
        accept={ACCEPTED_FILES}
        disabled={full}
        aria-describedby={`${id}-hint ${id}-warning`}
        onChange={(event) => {
          setTooMany(files.add([...(event.target.files ?? [])]));
          // The same file may be chosen again after it was removed.
          event.target.value = "";
        }}
      />
      <div aria-live="polite">
        {(tooMany || full) && <p className="field__hint">{t("files.at_most", { max: MAX_FILES })}</p>}
        {files.attachments.length > 0 && (
          <ul className="attachments">
            {files.attachments.map((attachment) => (
              <Chosen
                key={attachment.key}
                attachment={attachment}
                onRemove={() => {
                  setTooMany(false);
                  files.remove(attachment.key);
                  // The button is gone: the keyboard goes on from the control (enabled again once drawn).
                  setTimeout(() => input.current?.focus());
                }}
              />
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
