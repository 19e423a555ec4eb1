import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from "react";

/**
 * The address bar, as the pages read and change it. The public pages need nothing more of a
 * router: a phone on a slow line opening a school's page downloads no router library. The
 * staff application keeps its own router and announces each of its moves here, so the frame
 * and the choice between the two applications always follow the address.
 */
const ADDRESS_CHANGED = "ishenim:address-changed";

function subscribe(onChange: () => void): () => void {
  window.addEventListener("popstate", onChange);
  window.addEventListener(ADDRESS_CHANGED, onChange);
  return () => {
    window.removeEventListener("popstate", onChange);
    window.removeEventListener(ADDRESS_CHANGED, onChange);
  };
}

/** The path of the page shown (`/s/school-31`), kept current as the address changes. */
export function usePathname(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}

/** Whether `pathname` belongs to the staff application. */
export function isStaffAddress(pathname: string): boolean {
  return pathname === "/staff" || pathname.startsWith("/staff/");
}

/** Tells the pages that the address has changed without a `popstate` (a `pushState` elsewhere). */
export function announceAddressChange(): void {
  window.dispatchEvent(new Event(ADDRESS_CHANGED));
}

type Move = (to: string, replace: boolean) => void;

const moveInAddressBar: Move = (to, replace) => {
  if (replace) window.history.replaceState(null, "", to);
  else window.history.pushState(null, "", to);
  announceAddressChange();
};

/** Who makes the moves: the address bar, or the staff application's router while it is open. */
let move = moveInAddressBar;

/**
 * Hands every move to the staff application's router while it is open, so a staff page that
 * holds the visitor back (unkept recovery codes) is asked first, also by the frame's links.
 * Returns what hands them back.
 */
export function moveThrough(router: Move): () => void {
  move = router;
  return () => {
    if (move === router) move = moveInAddressBar;
  };
}

/** Opens the page at `to` (a path) without reloading; `replace` keeps it out of the history. */
export function goTo(to: string, { replace = false }: { replace?: boolean } = {}): void {
  move(to, replace);
}

interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href"> {
  /** The path the link opens. */
  to: string;
}

/** A link to another page of the client, opened without reloading unless asked for a new tab. */
export function Link({ to, onClick, ...anchor }: LinkProps) {
  const open = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    const plainClick =
      event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
    if (event.defaultPrevented || !plainClick || (anchor.target && anchor.target !== "_self")) return;
    event.preventDefault();
    goTo(to);
  };
  return <a href={to} onClick={open} {...anchor} />;
}
