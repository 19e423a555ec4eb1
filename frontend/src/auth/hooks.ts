import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useSyncExternalStore } from "react";
import { api, publicApi } from "../api/client";
import type { components } from "../api/generated/schema";
import { unwrap } from "../api/problem";
import { meQueryKey } from "./enrolment";
import { currentRefreshToken, endSession, sessionState, storeTokens, subscribe } from "./session";

export type Me = components["schemas"]["Me"];
export type Role = components["schemas"]["Role"];
export type LoginRequest = components["schemas"]["LoginRequest"];

/** The session state, re-rendering when someone signs in or out. */
export function useSession() {
  return useSyncExternalStore(subscribe, sessionState, sessionState);
}

/** Who is signed in. */
export function useMe() {
  return useQuery({
    queryKey: meQueryKey,
    queryFn: () => unwrap(api.GET("/api/v1/me")),
    staleTime: 5 * 60 * 1000,
  });
}

/**
 * Whether the member's district requires a second factor they have not turned on yet: until
 * they do, the server refuses everything but their own account's pages.
 */
export function enrolmentPending(me: Me | undefined): boolean {
  return me !== undefined && me.two_factor.required && !me.two_factor.enabled;
}

/**
 * Whether someone else chose the member's password (a manager created the account or reset
 * it): until they choose their own, the server refuses everything but their own account's pages.
 */
export function passwordChangePending(me: Me | undefined): boolean {
  return me?.password_change_required === true;
}

export {
  ENROLMENT_REQUIRED,
  followEnrolmentRequirement,
  followPasswordChangeRequirement,
  meQueryKey,
  PASSWORD_CHANGE_REQUIRED,
} from "./enrolment";

/**
 * Signs in with a login and password, and the second factor's code when the server asked
 * for it; the session starts when it succeeds.
 */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: LoginRequest) =>
      unwrap(publicApi.POST("/api/v1/auth/login", { body: credentials })),
    onSuccess: (tokens) => {
      queryClient.removeQueries();
      storeTokens(tokens);
    },
  });
}

/** Signs out: the server forgets the refresh token, and this tab forgets both. */
export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      const refreshToken = currentRefreshToken();
      if (refreshToken === null) return;
      try {
        await unwrap(publicApi.POST("/api/v1/auth/logout", { body: { refresh_token: refreshToken } }));
      } catch {
        // Signing out locally must work even when the server cannot be reached.
      }
    },
    onSettled: () => {
      endSession("signed_out");
      queryClient.removeQueries();
    },
  });
}
