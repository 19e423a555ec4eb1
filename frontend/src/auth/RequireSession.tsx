import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import { useSession } from "./hooks";

/** Renders its children for a signed-in staff member, and sends anyone else to sign in. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { signedIn, ended } = useSession();
  const location = useLocation();
  if (!signedIn) {
    // Signed out by their own password change, a person starts again from the start page.
    const from = ended === "password_changed" ? undefined : { from: location.pathname };
    return <Navigate to="/staff/login" replace state={from} />;
  }
  return children;
}
