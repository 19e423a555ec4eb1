import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/client";
import type { components } from "../../api/generated/schema";
import { unwrap } from "../../api/problem";
import { meQueryKey } from "../../auth/hooks";
import { endSession } from "../../auth/session";

export type TwoFactorRemoval = components["schemas"]["TwoFactorRemoval"];
export type PasswordChange = components["schemas"]["PasswordChange"];

/** The fewest characters the server takes in a new password. */
export const PASSWORD_MIN_CHARS = 10;

/** Where a staff member looks after their sign-in: their password and their second factor. */
export const TWO_FACTOR_PATH = "/staff/account/two-factor";

// The secret and the recovery codes are shown once: the mutation cache forgets them as
// soon as the page that showed them is gone.
const SHOWN_ONCE = { gcTime: 0 } as const;

/** After a change, `/me` (which carries the second factor's state) is asked again. */
function useRefreshMe() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: meQueryKey });
}

/** Starts turning the second factor on: with the password, a new secret for the app. */
export function useStartTwoFactor() {
  return useMutation({
    ...SHOWN_ONCE,
    mutationFn: (password: string) =>
      unwrap(api.POST("/api/v1/me/two-factor/enrolment", { body: { password } })),
  });
}

/** Turns the second factor on with a first code from the app; answers the recovery codes. */
export function useConfirmTwoFactor() {
  const refreshMe = useRefreshMe();
  return useMutation({
    ...SHOWN_ONCE,
    mutationFn: (code: string) => unwrap(api.POST("/api/v1/me/two-factor/confirmation", { body: { code } })),
    onSuccess: refreshMe,
  });
}

/** A new set of recovery codes in place of the old ones, with a code from the app or an old recovery code. */
export function useRenewRecoveryCodes() {
  const refreshMe = useRefreshMe();
  return useMutation({
    ...SHOWN_ONCE,
    mutationFn: (code: string) => unwrap(api.POST("/api/v1/me/two-factor/recovery-codes", { body: { code } })),
    onSuccess: refreshMe,
  });
}

/** Turns the second factor off, with the password and a code. */
export function useTurnOffTwoFactor() {
  const refreshMe = useRefreshMe();
  return useMutation({
    mutationFn: (removal: TwoFactorRemoval) =>
      unwrap(api.POST("/api/v1/me/two-factor/removal", { body: removal })),
    onSuccess: refreshMe,
  });
}

/**
 * Changes the member's own password. The server then ends every session of theirs, this one
 * too: this tab forgets it as signing out does, and they sign in again with the new password.
 */
export function useChangeOwnPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: PasswordChange) => unwrap(api.POST("/api/v1/me/password", { body: change })),
    onSuccess: () => {
      endSession("password_changed");
      queryClient.removeQueries();
    },
  });
}
