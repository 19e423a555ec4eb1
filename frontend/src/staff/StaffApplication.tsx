import { QueryClientProvider } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { createBrowserRouter } from "react-router";
import { RouterProvider } from "react-router/dom";
import { announceAddressChange, moveThrough } from "../components/address";
import { createQueryClient } from "./queryClient";
import { staffApplicationRoutes } from "./routes";

/**
 * The staff application: its router (pages loaded on demand, a page that holds the visitor
 * back before leaving) and its query cache, loaded only when a staff address is opened.
 */
export function StaffApplication() {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(() => createBrowserRouter(staffApplicationRoutes));

  // The router makes every move, the frame's too, and the frame follows it; a move to a
  // public page hands the page back.
  useEffect(() => {
    const unsubscribe = router.subscribe(announceAddressChange);
    const handBack = moveThrough((to, replace) => void router.navigate(to, { replace }));
    return () => {
      handBack();
      unsubscribe();
      router.dispose();
    };
  }, [router]);

  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
