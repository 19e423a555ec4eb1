/** Ways to keep a text shown once (a receipt, recovery codes), all made in the browser: nothing is sent anywhere. */

/** Copies `text` to the clipboard; resolves to whether it worked. */
export async function copyText(text: string): Promise<boolean> {
  // The Clipboard API exists only on secure pages (HTTPS or localhost).
  if (window.isSecureContext && navigator.clipboard) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Refused (permissions): try the old way below.
    }
  }
  const field = document.createElement("textarea");
  field.value = text;
  field.setAttribute("readonly", "");
  field.style.position = "fixed";
  field.style.opacity = "0";
  document.body.appendChild(field);
  const active = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  field.select();
  let copied: boolean;
  try {
    copied = document.execCommand("copy");
  } catch {
    copied = false;
  }
  field.remove();
  active?.focus();
  return copied;
}

/** Offers `lines` as a plain-text file to download, made in the browser. */
export function downloadText(fileName: string, lines: readonly string[]): void {
  // A byte-order mark and Windows line ends, so old Notepad shows Cyrillic text correctly.
  const blob = new Blob([`\uFEFF${lines.join("\r\n")}\r\n`], { type: "text/plain;charset=utf-8" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}
