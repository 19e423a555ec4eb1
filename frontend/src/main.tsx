import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createBrowserRouter } from "react-router";
import { RouterProvider } from "react-router/dom";
import { createQueryClient, Providers } from "./App";
import { loadI18n } from "./i18n";
import { routes } from "./routes";
import "./styles/index.css";

const root = document.getElementById("root");
if (root) {
  // index.html shows the name and a loading line until the page's words have arrived.
  void loadI18n().then((i18n) => {
    createRoot(root).render(
      <StrictMode>
        <Providers i18n={i18n} queryClient={createQueryClient()}>
          <RouterProvider router={createBrowserRouter(routes)} />
        </Providers>
      </StrictMode>,
    );
  });
}
