import { render, screen, waitFor } from "@testing-library/react";
import { I18nextProvider } from "react-i18next";
import { expect } from "vitest";
import { App } from "../App";
import { createI18n } from "../i18n";
import type { Language } from "../i18n/languages";
import { forgetReads } from "../public/requests";
import { allCatalogues } from "./catalogues";

/**
 * Renders the whole client at `path`, in `language` (default: the remembered one, Kyrgyz).
 * The address is the test window's own: `window.location` tells where the client went.
 */
export function renderApp(path: string, language?: Language) {
  const i18n = createI18n(language, allCatalogues());
  forgetReads();
  window.history.replaceState(null, "", path);
  const view = render(
    <I18nextProvider i18n={i18n}>
      <App />
    </I18nextProvider>,
  );
  return { ...view, i18n };
}

/**
 * Renders like `renderApp` and waits until the page's code has arrived: the staff application
 * and its pages (and the poster, the parents' report) are loaded on demand.
 */
export async function renderLoadedApp(path: string, language?: Language) {
  const rendered = renderApp(path, language);
  await waitFor(() => expect(screen.queryByText(rendered.i18n.t("loading"))).toBeNull());
  return rendered;
}
