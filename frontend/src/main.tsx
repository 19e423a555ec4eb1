import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { I18nextProvider } from "react-i18next";
import { App } from "./App";
import { loadI18n } from "./i18n";
import "./styles/index.css";

const root = document.getElementById("root");
if (root) {
  // index.html shows the name and a loading line until the page's words have arrived.
  void loadI18n().then((i18n) => {
    createRoot(root).render(
      <StrictMode>
        <I18nextProvider i18n={i18n}>
          <App />
        </I18nextProvider>
      </StrictMode>,
    );
  });
}
