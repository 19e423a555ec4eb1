import { useId, type ReactNode, type RefObject } from "react";

interface FieldProps {
  label: string;
  hint?: string;
  error?: string;
}

/** The ids that describe a field: its hint and its error. */
function describedBy(id: string, hint: string | undefined, error: string | undefined): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

function Hint({ id, hint }: { id: string; hint?: string }) {
  return hint ? (
    <p className="field__hint" id={`${id}-hint`}>
      {hint}
    </p>
  ) : null;
}

function FieldError({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p className="field__error" id={`${id}-error`}>
      {error}
    </p>
  ) : null;
}

interface TextAreaFieldProps extends FieldProps {
  value: string;
  onChange: (value: string) => void;
  rows?: number;
  textareaRef?: RefObject<HTMLTextAreaElement | null>;
  /** The language the text is to be written in, for the browser's spelling check. */
  lang?: string;
}

export function TextAreaField({ label, hint, error, value, onChange, rows = 4, textareaRef, lang }: TextAreaFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <Hint id={id} hint={hint} />
      <textarea
        ref={textareaRef}
        id={id}
        rows={rows}
        lang={lang}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
      <FieldError id={id} error={error} />
    </div>
  );
}

interface TextFieldProps extends FieldProps {
  value: string;
  onChange: (value: string) => void;
  /** A day (YYYY-MM-DD) with the latest allowed, a line of text, an e-mail or a whole number. */
  type?: "text" | "date" | "email" | "number";
  min?: string;
  max?: string;
  inputRef?: RefObject<HTMLInputElement | null>;
}

export function TextField({ label, hint, error, value, onChange, type = "text", min, max, inputRef }: TextFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <Hint id={id} hint={hint} />
      <input
        ref={inputRef}
        id={id}
        type={type}
        min={min}
        max={max}
        inputMode={type === "number" ? "numeric" : undefined}
        spellCheck={type === "email" ? false : undefined}
        autoComplete="off"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
      <FieldError id={id} error={error} />
    </div>
  );
}

interface SelectFieldProps extends FieldProps {
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
  selectRef?: RefObject<HTMLSelectElement | null>;
}

export function SelectField({ label, hint, error, value, onChange, children, selectRef }: SelectFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <Hint id={id} hint={hint} />
      <select
        ref={selectRef}
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      >
        {children}
      </select>
      <FieldError id={id} error={error} />
    </div>
  );
}
