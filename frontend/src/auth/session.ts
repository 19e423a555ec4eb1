/**
 * The staff session: the access token lives only in memory, the refresh token in
 * sessionStorage (it survives a reload of the tab, not the closing of it).
 *
 * `authorisedFetch` adds the bearer token to every request, refreshes the tokens once
 * when the server answers 401, and ends the session when the refresh is refused.
 */

/** The tokens the server hands out at sign-in and refresh. */
export interface Tokens {
  access_token: string;
  refresh_token: string;
}

/**
 * Why the last session ended: the person signed out, the server stopped accepting it, or the
 * person changed their password (which ends every session of theirs).
 */
export type SessionEnd = "signed_out" | "expired" | "password_changed";

export interface SessionState {
  signedIn: boolean;
  /** Set after a session ends, until the next sign-in. */
  ended: SessionEnd | null;
}

const REFRESH_TOKEN_KEY = "ishenim.refresh_token";

let accessToken: string | null = null;
let state: SessionState = { signedIn: readRefreshToken() !== null, ended: null };
const listeners = new Set<() => void>();

function readRefreshToken(): string | null {
  try {
    return window.sessionStorage.getItem(REFRESH_TOKEN_KEY);
  } catch {
    return null;
  }
}

function writeRefreshToken(token: string | null): void {
  try {
    if (token === null) window.sessionStorage.removeItem(REFRESH_TOKEN_KEY);
    else window.sessionStorage.setItem(REFRESH_TOKEN_KEY, token);
  } catch {
    // Without storage the session lasts as long as the page: the access token is still in memory.
  }
}

function setState(next: SessionState): void {
  if (next.signedIn === state.signedIn && next.ended === state.ended) return;
  state = next;
  for (const listener of listeners) listener();
}

/** The current session state (a stable object until it changes, for `useSyncExternalStore`). */
export function sessionState(): SessionState {
  return state;
}

/** Calls `listener` whenever the session state changes; returns the unsubscribe function. */
export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Starts (or continues, after a refresh) a session with these tokens. */
export function storeTokens(tokens: Tokens): void {
  accessToken = tokens.access_token;
  writeRefreshToken(tokens.refresh_token);
  setState({ signedIn: true, ended: null });
}

/** Forgets both tokens. */
export function endSession(reason: SessionEnd): void {
  accessToken = null;
  refreshing = null;
  writeRefreshToken(null);
  setState({ signedIn: false, ended: reason });
}

export function currentRefreshToken(): string | null {
  return readRefreshToken();
}

/** Exchanges a refresh token for new tokens; rejects with an error whose `status` is the HTTP status, if any. */
export type Refresh = (refreshToken: string) => Promise<Tokens>;

let refreshing: Promise<string | null> | null = null;

function isRefusal(error: unknown): boolean {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === "number" && status >= 400 && status < 500;
}

/**
 * Refreshes the tokens, once even when several requests ask at the same time (the server
 * rotates refresh tokens: a second refresh with the same token would be refused).
 * Resolves to the new access token, or null when there is none.
 */
function refreshOnce(refresh: Refresh): Promise<string | null> {
  refreshing ??= (async () => {
    const refreshToken = readRefreshToken();
    if (refreshToken === null) return null;
    try {
      const tokens = await refresh(refreshToken);
      storeTokens(tokens);
      return tokens.access_token;
    } catch (error) {
      // A refused refresh ends the session; a network failure or a server error does not,
      // so the person can try again when the connection is back.
      if (isRefusal(error)) endSession("expired");
      return null;
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

function withBearer(request: Request, token: string | null): Request {
  if (token === null) return request;
  const headers = new Headers(request.headers);
  headers.set("Authorization", `Bearer ${token}`);
  return new Request(request, { headers });
}

/** A `fetch` for the authenticated API client. */
export function authorisedFetch(refresh: Refresh): (request: Request) => Promise<Response> {
  return async (request) => {
    const retry = request.clone();
    // After a reload only the refresh token is left.
    if (accessToken === null && readRefreshToken() !== null) await refreshOnce(refresh);
    const sentWith = accessToken;
    const response = await globalThis.fetch(withBearer(request, sentWith));
    if (response.status !== 401 || readRefreshToken() === null) return response;

    const token = accessToken !== sentWith ? accessToken : await refreshOnce(refresh);
    if (token === null || token === sentWith) return response;
    const second = await globalThis.fetch(withBearer(retry, token));
    if (second.status === 401) endSession("expired");
    return second;
  };
}

/** Back to the state of a freshly opened tab, as it reads sessionStorage now (for tests). */
export function resetSession(): void {
  accessToken = null;
  refreshing = null;
  state = { signedIn: readRefreshToken() !== null, ended: null };
}
