import { RequireSession } from "../auth/RequireSession";
import { StaffFrame } from "./StaffFrame";

/** `/staff`: the staff frame for a signed-in member; anyone else is sent to sign in. */
export function SignedInFrame() {
  return (
    <RequireSession>
      <StaffFrame />
    </RequireSession>
  );
}
