import type { RouteObject } from "react-router";
import { LoadingLine } from "../components/LoadingLine";
import { CheckPage } from "./CheckPage";
import { SchoolPage } from "./SchoolPage";

/**
 * The pages for students, parents and citizens (dropping an appeal, reading the
 * answer). They need no sign-in and must load nothing from third parties.
 */
export const publicRoutes: RouteObject[] = [
  { path: "s/:slug", element: <SchoolPage /> },
  {
    path: "s/:slug/poster",
    HydrateFallback: LoadingLine,
    // The poster and its QR code generator load only when someone prints a poster: the
    // phones that open the school page do not need them. Both come from this server.
    lazy: async () => ({ Component: (await import("./PosterPage")).PosterPage }),
  },
  {
    path: "s/:slug/reports",
    HydrateFallback: LoadingLine,
    lazy: async () => ({ Component: (await import("./ParentsReportPage")).ParentsReportPage }),
  },
  {
    path: "s/:slug/reports/:month",
    HydrateFallback: LoadingLine,
    lazy: async () => ({ Component: (await import("./ParentsReportPage")).ParentsReportPage }),
  },
  { path: "check", element: <CheckPage /> },
];
