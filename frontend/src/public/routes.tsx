import { lazy, type ReactNode } from "react";
import { CheckPage } from "./CheckPage";
import { LandingPage } from "./LandingPage";
import { SchoolPage } from "./SchoolPage";

// The poster and its QR code generator, and the parents' report with its charts, load only
// when someone opens them: the phones that open the school page do not need them. Both come
// from this server.
const PosterPage = lazy(async () => ({ default: (await import("./PosterPage")).PosterPage }));
const ParentsReportPage = lazy(async () => ({ default: (await import("./ParentsReportPage")).ParentsReportPage }));

/** A public address and the page it shows, given the address's parts in brackets. */
type PublicRoute = [pattern: RegExp, page: (...parts: string[]) => ReactNode];

/**
 * The pages for students, parents and citizens (dropping an appeal, reading the answer).
 * They need no sign-in and must load nothing from third parties.
 */
const publicRoutes: PublicRoute[] = [
  [/^\/$/, () => <LandingPage />],
  [/^\/s\/([^/]+)$/, (slug) => <SchoolPage slug={slug} />],
  [/^\/s\/([^/]+)\/poster$/, (slug) => <PosterPage slug={slug} />],
  [/^\/s\/([^/]+)\/reports$/, (slug) => <ParentsReportPage slug={slug} />],
  [/^\/s\/([^/]+)\/reports\/([^/]+)$/, (slug, month) => <ParentsReportPage slug={slug} month={month} />],
  [/^\/check$/, () => <CheckPage />],
];

/** The public page at `pathname` (a trailing slash aside), or null when there is none. */
export function publicPage(pathname: string): ReactNode {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
  for (const [pattern, page] of publicRoutes) {
    const match = pattern.exec(path);
    if (!match) continue;
    try {
      return page(...match.slice(1).map(decodeURIComponent));
    } catch {
      return null; // a part that is not valid percent-encoding
    }
  }
  return null;
}
