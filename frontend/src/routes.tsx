import type { RouteObject } from "react-router";
import { Layout } from "./components/Layout";
import { LoadingLine } from "./components/LoadingLine";
import { NotFoundPage } from "./components/NotFoundPage";
import { LandingPage } from "./public/LandingPage";
import { publicRoutes } from "./public/routes";
import { staffRoutes } from "./staff/routes";

/**
 * Every page. The public ones come with the first visit; the staff application (sign-in,
 * the frame and every section, the session code, their catalogues) loads only when a staff
 * address is opened, so a phone that opens a school's page never downloads it. While a page
 * loaded on demand arrives, the frame shows with a loading line in place of the page.
 */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { index: true, element: <LandingPage /> },
      ...publicRoutes,
      {
        path: "staff/login",
        HydrateFallback: LoadingLine,
        lazy: async () => ({ Component: (await import("./staff/SignInPage")).SignInPage }),
      },
      {
        path: "staff",
        HydrateFallback: LoadingLine,
        lazy: async () => ({ Component: (await import("./staff/SignedInFrame")).SignedInFrame }),
        children: staffRoutes,
      },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
];
