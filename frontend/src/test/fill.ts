import type { UserEvent } from "@testing-library/user-event";

/**
 * Puts `text` into an empty field in one go, as a paste: a name in three languages typed key
 * by key would spend a test's time on keystrokes.
 */
export async function fill(user: UserEvent, field: HTMLElement, text: string): Promise<void> {
  await user.click(field);
  await user.paste(text);
}
