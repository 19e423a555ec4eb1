import type { RouteObject } from "react-router";
import { LoadingLine } from "../components/LoadingLine";
import { NotFoundPage } from "../components/NotFoundPage";

/** The staff sections inside the signed-in frame, each loaded when first opened. */
export const staffRoutes: RouteObject[] = [
  { index: true, lazy: async () => ({ Component: (await import("./StartPage")).StartPage }) },
  { path: "cases", lazy: async () => ({ Component: (await import("./cases/CasesPage")).CasesPage }) },
  { path: "cases/:id", lazy: async () => ({ Component: (await import("./cases/CasePage")).CasePage }) },
  { path: "box", lazy: async () => ({ Component: (await import("./box/OpeningsPage")).OpeningsPage }) },
  { path: "box/:id", lazy: async () => ({ Component: (await import("./box/OpeningPage")).OpeningPage }) },
  { path: "box/:id/act", lazy: async () => ({ Component: (await import("./box/ActPage")).ActPage }) },
  { path: "journal", lazy: async () => ({ Component: (await import("./journal/JournalPage")).JournalPage }) },
  {
    path: "journal/print",
    lazy: async () => ({ Component: (await import("./journal/JournalPrintPage")).JournalPrintPage }),
  },
  {
    path: "working-group",
    lazy: async () => ({ Component: (await import("./group/WorkingGroupPage")).WorkingGroupPage }),
  },
  {
    path: "settings/holidays",
    lazy: async () => ({ Component: (await import("./settings/HolidaysPage")).HolidaysPage }),
  },
  {
    path: "settings/school",
    lazy: async () => ({ Component: (await import("./settings/SchoolSettingsPage")).SchoolSettingsPage }),
  },
  {
    path: "settings/staff",
    lazy: async () => ({ Component: (await import("./settings/StaffRolesPage")).StaffRolesPage }),
  },
  { path: "reports", lazy: async () => ({ Component: (await import("./reports/ReportPage")).ReportPage }) },
  { path: "district", lazy: async () => ({ Component: (await import("./district/DistrictPage")).DistrictPage }) },
  {
    path: "district/integrations",
    lazy: async () => ({ Component: (await import("./district/IntegrationsPage")).IntegrationsPage }),
  },
  {
    path: "district/schools",
    lazy: async () => ({ Component: (await import("./district/SchoolsPage")).SchoolsPage }),
  },
  {
    path: "district/settings",
    lazy: async () => ({ Component: (await import("./district/DistrictSettingsPage")).DistrictSettingsPage }),
  },
  {
    path: "district/box-key",
    lazy: async () => ({ Component: (await import("./district/DistrictBoxKeyPage")).DistrictBoxKeyPage }),
  },
  { path: "audit", lazy: async () => ({ Component: (await import("./audit/AuditPage")).AuditPage }) },
  {
    path: "account/box-passphrase",
    lazy: async () => ({ Component: (await import("./account/BoxPassphrasePage")).BoxPassphrasePage }),
  },
  {
    path: "account/two-factor",
    lazy: async () => ({ Component: (await import("./account/TwoFactorPage")).TwoFactorPage }),
  },
];

/**
 * The staff application's pages: sign-in, and the signed-in frame with its sections. While a
 * page loaded on demand arrives, the frame shows with a loading line in place of the page.
 * An address outside the staff application is the public pages' (see `App.tsx`).
 */
export const staffApplicationRoutes: RouteObject[] = [
  {
    path: "staff/login",
    HydrateFallback: LoadingLine,
    lazy: async () => ({ Component: (await import("./SignInPage")).SignInPage }),
  },
  {
    path: "staff",
    HydrateFallback: LoadingLine,
    lazy: async () => ({ Component: (await import("./SignedInFrame")).SignedInFrame }),
    children: staffRoutes,
  },
  { path: "*", element: <NotFoundPage /> },
];
