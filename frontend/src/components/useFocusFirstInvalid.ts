import { useEffect, useRef, useState } from "react";

/**
 * Moves the focus to a form's first field marked invalid, once the marks are rendered:
 * `failed()` after a check that found problems. Returns the ref to put on the form.
 */
export function useFocusFirstInvalid() {
  const formRef = useRef<HTMLFormElement>(null);
  const [failures, setFailures] = useState(0);
  useEffect(() => {
    if (failures === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [failures]);
  return { formRef, failed: () => setFailures((count) => count + 1) };
}
