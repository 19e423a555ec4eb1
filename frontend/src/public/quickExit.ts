/** Where the quick exit leads: an ordinary site that tells nothing about this one. */
export const NEUTRAL_SITE = "https://www.google.com/";

/** The way out, an object so that tests can watch it instead of leaving the page. */
export const exitNavigation = {
  leave(url: string): void {
    // `replace`: the back button does not lead back here.
    window.location.replace(url);
  },
};

/**
 * Leaves at once for a neutral site: forgets what this tab kept (a receipt not yet
 * confirmed as saved) and replaces the page, so "back" does not return to it.
 */
export function quickExit(): void {
  try {
    window.sessionStorage.clear();
  } catch {
    // Storage disabled: nothing was kept.
  }
  exitNavigation.leave(NEUTRAL_SITE);
}
