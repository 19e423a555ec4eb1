import type { RouteObject } from "react-router";
import { RequireSession } from "./auth/RequireSession";
import { Layout } from "./components/Layout";
import { NotFoundPage } from "./components/NotFoundPage";
import { LandingPage } from "./public/LandingPage";
import { publicRoutes } from "./public/routes";
import { staffRoutes } from "./staff/routes";
import { SignInPage } from "./staff/SignInPage";
import { StaffFrame } from "./staff/StaffFrame";

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { index: true, element: <LandingPage /> },
      ...publicRoutes,
      { path: "staff/login", element: <SignInPage /> },
      {
        path: "staff",
        element: (
          <RequireSession>
            <StaffFrame />
          </RequireSession>
        ),
        children: staffRoutes,
      },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
];
