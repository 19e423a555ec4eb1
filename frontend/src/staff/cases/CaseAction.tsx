import { useId, useState, type ReactNode } from "react";

interface CaseActionProps {
  /** The action, as its form's heading names it. */
  label: string;
  /** Open from the start: the step the case waits for. */
  next?: boolean;
  children: ReactNode;
}

/**
 * An action on a case kept one click away: a button that opens its form. The page shows the
 * case, the conversation and the next step; the other forms wait until they are asked for.
 */
export function CaseAction({ label, next = false, children }: CaseActionProps) {
  const id = useId();
  const [open, setOpen] = useState(next);
  return (
    <div className="case-action">
      <button
        type="button"
        className="button button--quiet case-action__toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true" className="case-action__marker" />
        {label}
      </button>
      <div id={id} hidden={!open}>
        {open && children}
      </div>
    </div>
  );
}
