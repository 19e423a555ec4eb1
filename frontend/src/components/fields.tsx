import { useId, type ReactNode, type RefObject } from "react";

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

export function InputField(props: InputFieldProps) {
  const { label, value, onChange, inputRef, error, type = "text", autoComplete, describedBy, inputMode } = props;
  const id = useId();
  const errorId = `${id}-error`;
  const describedByIds = [describedBy, error ? errorId : null].filter(Boolean).join(" ");
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
        aria-describedby={describedByIds || undefined}
      />
      {error && (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      )}
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

export function FieldsetError({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p className="field__error" id={id}>
      {children}
    </p>
  );
}
