import { render, screen, waitFor } from "@testing-library/react";
import { expect } from "vitest";
import { createMemoryRouter, RouterProvider } from "react-router";
import { createQueryClient, Providers } from "../App";
import { createI18n } from "../i18n";
import type { Language } from "../i18n/languages";
import { routes } from "../routes";
import { forgetReads } from "../public/requests";
import { allCatalogues } from "./catalogues";

/** Renders the whole client at `path`, in `language` (default: the remembered one, Kyrgyz). */
export function renderApp(path: string, language?: Language) {
  const i18n = createI18n(language, allCatalogues());
  forgetReads();
  const queryClient = createQueryClient();
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const view = render(
    <Providers i18n={i18n} queryClient={queryClient}>
      <RouterProvider router={router} />
    </Providers>,
  );
  return { ...view, router, i18n, queryClient };
}

/**
 * Renders like `renderApp` and waits until the page's code has arrived: the staff pages
 * (and the poster, the parents' report) are loaded on demand.
 */
export async function renderLoadedApp(path: string, language?: Language) {
  const rendered = renderApp(path, language);
  await waitFor(() => {
    expect(rendered.router.state.initialized).toBe(true);
    expect(screen.queryByText(rendered.i18n.t("loading"))).toBeNull();
  });
  return rendered;
}
