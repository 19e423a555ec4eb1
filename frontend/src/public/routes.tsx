import type { RouteObject } from "react-router";

/**
 * The pages for students, parents and citizens (dropping an appeal, reading the
 * answer). They need no sign-in and must load nothing from third parties.
 */
export const publicRoutes: RouteObject[] = [];
