import createClient from "openapi-fetch";
import type { paths } from "./generated/schema";

// openapi-fetch builds `Request`s, which need an absolute URL outside a browser (tests).
export const baseUrl = typeof window === "undefined" ? "http://localhost" : window.location.origin;

/** The API without credentials: public routes and the token endpoints. */
export const publicApi = createClient<paths>({
  baseUrl,
  // Looked up on every call so tests can replace `fetch`.
  fetch: (request) => globalThis.fetch(request),
});
