import { Navigate, type RouteObject } from "react-router";
import { RequireSession } from "./auth/RequireSession";
import { Layout } from "./components/Layout";
import { NotFoundPage } from "./components/NotFoundPage";
import { publicRoutes } from "./public/routes";
import { SignInPage } from "./staff/SignInPage";
import { StaffShell } from "./staff/StaffShell";

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      // The public start page comes with the public pages; until then staff land here.
      { index: true, element: <Navigate to="/staff" replace /> },
      ...publicRoutes,
      { path: "staff/login", element: <SignInPage /> },
      {
        path: "staff",
        element: (
          <RequireSession>
            <StaffShell />
          </RequireSession>
        ),
      },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
];
