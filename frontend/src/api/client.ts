import createClient from "openapi-fetch";
import { authorisedFetch, type Tokens } from "../auth/session";
import type { paths } from "./generated/schema";
import { unwrap } from "./problem";
import { baseUrl, publicApi } from "./publicClient";

// The public pages import `publicClient` alone, without the session code below.
export { publicApi };

async function refresh(refreshToken: string): Promise<Tokens> {
  return unwrap(publicApi.POST("/api/v1/auth/refresh", { body: { refresh_token: refreshToken } }));
}

/** The API as the signed-in staff member. */
export const api = createClient<paths>({
  baseUrl,
  fetch: authorisedFetch(refresh),
});
