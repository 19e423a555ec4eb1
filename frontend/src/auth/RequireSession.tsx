import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import { useSession } from "./hooks";

/** Renders its children for a signed-in staff member, and sends anyone else to sign in. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { signedIn } = useSession();
  const location = useLocation();
  if (!signedIn) {
    return <Navigate to="/staff/login" replace state={{ from: location.pathname }} />;
  }
  return children;
}
