import { useId, type ReactNode, type RefObject } from "react";
import { useTranslation } from "react-i18next";
import { languagesFrom, type LanguageValues } from "../i18n/inLanguages";
import type { Language } from "../i18n/languages";

/** What every labelled field may carry besides its control: a hint below the label and an error below the control. */
interface FieldProps {
  label: string;
  hint?: string;
  error?: string;
}

/** The ids that describe a field, in order, or nothing when there are none. */
function describedBy(...ids: (string | null | undefined)[]): string | undefined {
  return ids.filter(Boolean).join(" ") || undefined;
}

/** The ids of a field's own hint and error. */
function hintAndError(id: string, hint: string | undefined, error: string | undefined): string | undefined {
  return describedBy(hint ? `${id}-hint` : null, error ? `${id}-error` : null);
}

function Hint({ id, hint }: { id: string; hint?: string }) {
  return hint ? (
    <p className="field__hint" id={`${id}-hint`}>
      {hint}
    </p>
  ) : null;
}

function FieldError({ id, error }: { id: string; error?: string }) {
  return error ? <FieldsetError id={`${id}-error`}>{error}</FieldsetError> : null;
}

interface InputFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  inputRef?: RefObject<HTMLInputElement | null>;
  error?: string;
  type?: "text" | "tel" | "email";
  autoComplete: string;
  /** Ids of texts that describe the field besides its own error. */
  describedBy?: string;
  inputMode?: "text" | "tel" | "email";
}

/** A line of text the browser may fill in (a name, a telephone number, an e-mail), described by texts elsewhere on the page. */
export function InputField(props: InputFieldProps) {
  const { label, value, onChange, inputRef, error, type = "text", autoComplete, inputMode } = props;
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        ref={inputRef}
        id={id}
        type={type}
        inputMode={inputMode}
        autoComplete={autoComplete}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(props.describedBy, error ? `${id}-error` : null)}
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
  /** The language the text is to be written in, for the browser's spelling check. */
  lang?: string;
}

/** A line of text, a day, an e-mail or a whole number that the browser does not fill in. */
export function TextField({ label, hint, error, value, onChange, type = "text", min, max, inputRef, lang }: TextFieldProps) {
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
        lang={lang}
        inputMode={type === "number" ? "numeric" : undefined}
        spellCheck={type === "email" ? false : undefined}
        autoComplete="off"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={hintAndError(id, hint, error)}
      />
      <FieldError id={id} error={error} />
    </div>
  );
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
        aria-describedby={hintAndError(id, hint, error)}
      />
      <FieldError id={id} error={error} />
    </div>
  );
}

interface InLanguagesFieldProps {
  legend: string;
  hint?: string;
  /** The school's language: asked first and required. `null` asks every language as optional (a district's name, whose default is a field of its own). */
  first: Language | null;
  values: LanguageValues;
  onChange: (values: LanguageValues) => void;
  errors?: Partial<Record<Language, string>>;
  /** Text areas of this many rows instead of lines (a narrative). */
  rows?: number;
  /** Whether the school's language may be left empty too (a narrative not written yet). */
  optional?: boolean;
}

/**
 * A name, a position or a text in Kyrgyz, Russian and English: one field per language, each
 * labelled with the language's name in the page's language, the school's language first and
 * required, the others optional (a page in a language left empty shows the school's).
 */
export function InLanguagesField({ legend, hint, first, values, onChange, errors = {}, rows, optional = false }: InLanguagesFieldProps) {
  const { t } = useTranslation("common");
  const id = useId();
  const fallback = first === null ? undefined : t(`in_languages.falls_back.${first}`);
  return (
    <fieldset className="group" aria-describedby={describedBy(hint ? `${id}-hint` : null, fallback ? `${id}-fallback` : null)}>
      <legend>{legend}</legend>
      <Hint id={id} hint={hint} />
      {fallback && (
        <p className="field__hint" id={`${id}-fallback`}>
          {fallback}
        </p>
      )}
      {languagesFrom(first).map((language) => {
        const name = t(`in_languages.names.${language}`);
        const label =
          first === null || optional
            ? name
            : t(language === first ? "in_languages.required" : "in_languages.optional", { language: name });
        const props = {
          label,
          value: values[language],
          onChange: (value: string) => onChange({ ...values, [language]: value }),
          error: errors[language],
          lang: language,
        };
        return rows ? <TextAreaField key={language} rows={rows} {...props} /> : <TextField key={language} {...props} />;
      })}
    </fieldset>
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
        aria-describedby={hintAndError(id, hint, error)}
      >
        {children}
      </select>
      <FieldError id={id} error={error} />
    </div>
  );
}

interface ChoiceProps {
  name: string;
  checked: boolean;
  onChange: () => void;
  label: string;
  hint?: string;
  inputRef?: RefObject<HTMLInputElement | null>;
}

/** A radio button with its label and, below, one sentence on what the choice means. */
export function Choice({ name, checked, onChange, label, hint, inputRef }: ChoiceProps) {
  const id = useId();
  return (
    <div className={checked ? "choice choice--checked" : "choice"}>
      <input
        ref={inputRef}
        type="radio"
        id={id}
        name={name}
        checked={checked}
        onChange={onChange}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      <div>
        <label htmlFor={id}>{label}</label>
        {hint && (
          <p className="choice__hint" id={`${id}-hint`}>
            {hint}
          </p>
        )}
      </div>
    </div>
  );
}

/** The error of a group of fields (a fieldset), or of one field, under the id that describes it. */
export function FieldsetError({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p className="field__error" id={id}>
      {children}
    </p>
  );
}
