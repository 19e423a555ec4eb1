import { vi } from "vitest";

/** What a mocked API route answers. */
export type Handler = (request: Request) => Response | Promise<Response>;

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json", ...headers },
  });
}

export function problem(
  status: number,
  code: string,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Response {
  return new Response(
    JSON.stringify({ type: `urn:ishenim:problem:${code}`, title: "Error", status, code, ...extra }),
    { status, headers: { "Content-Type": "application/problem+json", ...headers } },
  );
}

/**
 * Replaces `fetch` with a fake API: `routes` maps "METHOD /path" to a handler. Unknown
 * routes answer 404. Returns the mock, whose calls are the Requests sent.
 */
export function mockApi(routes: Record<string, Handler>) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const route = `${request.method} ${new URL(request.url).pathname}`;
    const handler = routes[route];
    return handler ? handler(request) : problem(404, "not_found");
  });
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

/** The requests the mock received, as "METHOD /path". */
export function sentRoutes(fetchMock: ReturnType<typeof mockApi>): string[] {
  return fetchMock.mock.calls.map(([input]) => {
    const request = input as Request;
    return `${request.method} ${new URL(request.url).pathname}`;
  });
}

export const director = {
  id: "0b6f0f4e-7a57-4c8e-9d43-5a1f2f5d8e01",
  login: "demo.director",
  full_name: "Aida Kangeldieva",
  position: "director",
  roles: ["director"],
  school: { id: "5d7e0b1c-31aa-4d6c-9f0e-2c3b4a5d6e7f", slug: "school-31", name: "School No. 31 Yntymak" },
  district: { id: "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d", slug: "tup", name: "Tüp district" },
  two_factor: { enabled: false, required: false, recovery_codes_left: 0 },
  password_change_required: false,
};

export const tokens = (n: number) => ({
  access_token: `access-${n}`,
  refresh_token: `refresh-${n}`,
  token_type: "Bearer",
  expires_in: 900,
});
