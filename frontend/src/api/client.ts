import createClient from "openapi-fetch";
import { authorisedFetch, type Tokens } from "../auth/session";
import type { paths } from "./generated/schema";
import { unwrap } from "./problem";

// openapi-fetch builds `Request`s, which need an absolute URL outside a browser (tests).
const baseUrl = typeof window === "undefined" ? "http://localhost" : window.location.origin;

/** The API without credentials: public routes and the token endpoints. */
export const publicApi = createClient<paths>({
  baseUrl,
  // Looked up on every call so tests can replace `fetch`.
  fetch: (request) => globalThis.fetch(request),
});

async function refresh(refreshToken: string): Promise<Tokens> {
  return unwrap(publicApi.POST("/api/v1/auth/refresh", { body: { refresh_token: refreshToken } }));
}

/** The API as the signed-in staff member. */
export const api = createClient<paths>({
  baseUrl,
  fetch: authorisedFetch(refresh),
});
