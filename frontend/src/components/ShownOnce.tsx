import { useId } from "react";

interface ShownOnceProps {
  /** What the secret is, e.g. "The client secret of the new account". */
  label: string;
  value: string;
  /** What to do with it now: it is never shown again. */
  hint: string;
  dismissLabel: string;
  onDismiss: () => void;
}

/** A secret the server gives this once (a password, a client secret), with what to do with it. */
export function ShownOnce({ label, value, hint, dismissLabel, onDismiss }: ShownOnceProps) {
  const id = useId();
  return (
    <div className="warning" role="status">
      <p className="warning__title" id={id}>
        {label}
      </p>
      <p>
        <code className="hash shown-once__value" aria-labelledby={id}>
          {value}
        </code>
      </p>
      <p>{hint}</p>
      <button type="button" className="button" onClick={onDismiss}>
        {dismissLabel}
      </button>
    </div>
  );
}
