import { lazy } from "react";
import { isStaffAddress, usePathname } from "./components/address";
import { Layout } from "./components/Layout";
import { NotFoundPage } from "./components/NotFoundPage";
import { publicPage } from "./public/routes";

/**
 * The staff application (its router, query cache, sign-in, the frame and every section, their
 * catalogues) loads only when a staff address is opened, so a phone that opens a school's
 * page never downloads it.
 */
const StaffApplication = lazy(async () => ({
  default: (await import("./staff/StaffApplication")).StaffApplication,
}));

/** Every page, in the frame: a public page, or the staff application for a staff address. */
export function App() {
  const pathname = usePathname();
  return (
    <Layout>
      {isStaffAddress(pathname) ? <StaffApplication /> : (publicPage(pathname) ?? <NotFoundPage />)}
    </Layout>
  );
}
