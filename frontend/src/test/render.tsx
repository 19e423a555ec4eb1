import { render } from "@testing-library/react";
import { createMemoryRouter, RouterProvider } from "react-router";
import { createQueryClient, Providers } from "../App";
import { createI18n } from "../i18n";
import type { Language } from "../i18n/languages";
import { routes } from "../routes";

/** Renders the whole client at `path`, in `language` (default: the remembered one, Kyrgyz). */
export function renderApp(path: string, language?: Language) {
  const i18n = createI18n(language);
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false } });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const view = render(
    <Providers i18n={i18n} queryClient={queryClient}>
      <RouterProvider router={router} />
    </Providers>,
  );
  return { ...view, router, i18n, queryClient };
}
