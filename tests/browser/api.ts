import { expect, type APIRequestContext } from "@playwright/test";

/**
 * Setting up and cleaning up through the API rather than by clicking: appeals dropped
 * beforehand, and no opening left in progress for the specs that follow.
 */

const password = process.env.ISHENIM_E2E_PASSWORD ?? "";

export const SCHOOL = { slug: "school-31", name: "School No. 31 Yntymak" };

/** The demo seed's working group (quorum 3), director and administrator. */
export const STAFF = {
  wg1: { login: "demo.wg1", fullName: "Dinara Sydykova" },
  wg2: { login: "demo.wg2", fullName: "Ermek Abdyraev" },
  wg3: { login: "demo.wg3", fullName: "Gulnara Osmonova" },
  director: { login: "demo.director", fullName: "Aida Kangeldieva" },
  admin: { login: "demo.admin", fullName: "Nurlan Beishenov" },
  deputy: { login: "demo.deputy", fullName: "Bakyt Toktogulov" },
} as const;

export function requirePassword(): string {
  if (!password) throw new Error("Set ISHENIM_E2E_PASSWORD to the password given to `ishenim seed-demo`");
  return password;
}

/** A text no other test writes, so a test finds its own appeal among everyone's. */
export function uniqueText(prefix: string): string {
  return `${prefix} [${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}]`;
}

/** Drops an anonymous appeal into the school's box, as a writer's phone would. */
export async function dropAppeal(request: APIRequestContext, text: string): Promise<void> {
  const response = await request.post("/api/v1/appeals", {
    data: { school: SCHOOL.slug, text, anonymous: true },
    headers: { "Idempotency-Key": crypto.randomUUID() },
  });
  expect(response.status(), await response.text()).toBe(201);
}

async function accessToken(request: APIRequestContext, login: string): Promise<string> {
  const response = await request.post("/api/v1/auth/login", { data: { login, password: requirePassword() } });
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { access_token: string }).access_token;
}

interface OpeningView {
  id: string;
  members: { user_id: string }[];
}

/**
 * Abandons an opening left in progress (by a test that failed half-way), as one of the
 * demo members who confirmed it: the appeals go back into the box, sealed.
 */
export async function abandonOpeningInProgress(request: APIRequestContext): Promise<void> {
  const token = await accessToken(request, STAFF.wg1.login);
  const status = await request.get(`/api/v1/schools/${SCHOOL.slug}/box-status`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  const { opening_in_progress: inProgress } = (await status.json()) as { opening_in_progress: string | null };
  if (!inProgress) return;
  for (const member of [STAFF.wg1, STAFF.wg2, STAFF.wg3]) {
    const memberToken = await accessToken(request, member.login);
    const abandoned = await request.post(`/api/v1/box-openings/${inProgress}/abandon`, {
      headers: { Authorization: `Bearer ${memberToken}` },
    });
    if (abandoned.ok()) return;
  }
  const opening = await request.get(`/api/v1/box-openings/${inProgress}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  throw new Error(`could not abandon the opening left in progress: ${JSON.stringify((await opening.json()) as OpeningView)}`);
}
