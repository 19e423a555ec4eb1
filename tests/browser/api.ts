import { expect, type APIRequestContext } from "@playwright/test";

/**
 * Setting up and cleaning up through the API rather than by clicking: appeals dropped
 * beforehand, and no opening left in progress for the specs that follow.
 */

const password = process.env.ISHENIM_E2E_PASSWORD ?? "";

export const SCHOOL = { slug: "school-31", name: "School No. 31 Yntymak" };

/** The demo seed's working group (quorum 3), director, administrator, deputy and district officer. */
export const STAFF = {
  wg1: { login: "demo.wg1", fullName: "Dinara Sydykova" },
  wg2: { login: "demo.wg2", fullName: "Ermek Abdyraev" },
  wg3: { login: "demo.wg3", fullName: "Gulnara Osmonova" },
  director: { login: "demo.director", fullName: "Aida Kangeldieva" },
  admin: { login: "demo.admin", fullName: "Nurlan Beishenov" },
  deputy: { login: "demo.deputy", fullName: "Bakyt Toktogulov" },
  district: { login: "demo.district", fullName: "Kanat Jumabaev" },
  socped: { login: "demo.socped", fullName: "Cholpon Asanova" },
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

/**
 * Sends a request once more when the connection it went out on was reset before any answer:
 * the server closes a kept-alive connection after a few idle seconds, and a request sent at
 * that moment is lost on the way. Browsers send such a request again; Node does not.
 */
async function resentOnReset<T>(send: () => Promise<T>): Promise<T> {
  try {
    return await send();
  } catch (error) {
    if (!/ECONNRESET|socket hang up/.test(String(error))) throw error;
    return await send();
  }
}

/** A signed-in staff member's access token, for setting up through the API. */
export async function accessToken(request: APIRequestContext, login: string): Promise<string> {
  const response = await resentOnReset(() =>
    request.post("/api/v1/auth/login", { data: { login, password: requirePassword() } }),
  );
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { access_token: string }).access_token;
}

/** A staff account made for one test, so that what the test changes touches nobody else. */
export interface NewMember {
  id: string;
  login: string;
  fullName: string;
  password: string;
}

/**
 * Adds a member to the demo school as its administrator would, with `roles`, and returns
 * their login and first password.
 */
export async function createStaffMember(
  request: APIRequestContext,
  member: { fullName: string; position: string; loginPrefix: string; roles: string[] },
): Promise<NewMember> {
  const token = await accessToken(request, STAFF.admin.login);
  const login = `${member.loginPrefix}.${Date.now().toString(36)}`;
  const response = await request.post(`/api/v1/schools/${SCHOOL.slug}/staff`, {
    headers: { Authorization: `Bearer ${token}` },
    data: { full_name: member.fullName, position: member.position, login, email: null, roles: member.roles },
  });
  expect(response.status(), await response.text()).toBe(201);
  const { staff, initial_password: password } = (await response.json()) as {
    staff: { id: string };
    initial_password: string;
  };
  return { id: staff.id, login, fullName: member.fullName, password };
}

/** Names a member of the demo school to its working group (or takes them off it), as its administrator would. */
export async function setWorkingGroupMember(request: APIRequestContext, userId: string, member: boolean): Promise<void> {
  const token = await accessToken(request, STAFF.admin.login);
  const url = `/api/v1/schools/${SCHOOL.slug}/working-group/${userId}`;
  const headers = { Authorization: `Bearer ${token}` };
  const response = member ? await request.put(url, { headers }) : await request.delete(url, { headers });
  expect(response.status(), await response.text()).toBe(204);
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

/**
 * Opens the box through the API: the first demo member starts it, the other two confirm, and
 * the appeals are out for the three of them to read. Returns the opening's id and the other
 * two members' tokens.
 */
export async function openBox(request: APIRequestContext): Promise<{ id: string; others: string[] }> {
  const [first = "", ...others] = await Promise.all(
    [STAFF.wg1, STAFF.wg2, STAFF.wg3].map((member) => accessToken(request, member.login)),
  );
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });
  const started = await request.post("/api/v1/box-openings", {
    headers: as(first),
    data: { school: SCHOOL.slug, extraordinary: false },
  });
  expect(started.status(), await started.text()).toBe(201);
  const { id } = (await started.json()) as OpeningView;
  for (const token of others) {
    const confirmed = await request.post(`/api/v1/box-openings/${id}/confirmations`, { headers: as(token) });
    expect(confirmed.status(), await confirmed.text()).toBe(200);
  }
  return { id, others };
}

/**
 * Opens the box through the API up to its last signature: the first demo member starts it,
 * the other two confirm and sign. Returns the opening's id; the first member's signature
 * freezes the act.
 */
export async function openBoxAwaitingLastSignature(request: APIRequestContext): Promise<string> {
  const { id, others } = await openBox(request);
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });
  for (const token of others) {
    const signed = await request.post(`/api/v1/box-openings/${id}/sign`, { headers: as(token) });
    expect(signed.status(), await signed.text()).toBe(200);
  }
  return id;
}

/** A registered appeal, as its case is known in the browser: by its journal number. */
export interface RegisteredCase {
  id: string;
  registrationNumber: string;
}

/**
 * Opens the box through the API as the three demo members (quorum 3), signs the act and
 * returns the cases of the appeals that say `texts`: everything sealed in the box is
 * registered with them, so a test finds its own by number, never by position.
 */
export async function openBoxAndRegister(request: APIRequestContext, texts: string[]): Promise<RegisteredCase[]> {
  const members = [STAFF.wg1, STAFF.wg2, STAFF.wg3];
  const tokens = await Promise.all(members.map((member) => accessToken(request, member.login)));
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });
  const [first = "", ...others] = tokens;

  const started = await request.post("/api/v1/box-openings", {
    headers: as(first),
    data: { school: SCHOOL.slug, extraordinary: false },
  });
  expect(started.status(), await started.text()).toBe(201);
  const opening = (await started.json()) as OpeningView;
  for (const token of others) {
    const confirmed = await request.post(`/api/v1/box-openings/${opening.id}/confirmations`, { headers: as(token) });
    expect(confirmed.status(), await confirmed.text()).toBe(200);
  }

  const listed = await request.get(`/api/v1/box-openings/${opening.id}/appeals`, { headers: as(first) });
  expect(listed.status(), await listed.text()).toBe(200);
  const appeals = (await listed.json()) as { id: string; text: string }[];
  const ids = texts.map((text) => {
    const found = appeals.filter((appeal) => appeal.text === text);
    expect(found, `the appeal "${text}" in the opening`).toHaveLength(1);
    return found[0]?.id ?? "";
  });

  for (const token of tokens) {
    const signed = await request.post(`/api/v1/box-openings/${opening.id}/sign`, { headers: as(token) });
    expect(signed.status(), await signed.text()).toBe(200);
  }

  // From the director's inbox (no content, so no read in the audit trail).
  const director = await accessToken(request, STAFF.director.login);
  const numbers = new Map<string, string>();
  for (let page = 1; numbers.size < ids.length; page += 1) {
    const listed = await request.get("/api/v1/cases", {
      headers: as(director),
      params: { school: SCHOOL.slug, state: "all", page, per_page: 200 },
    });
    expect(listed.status(), await listed.text()).toBe(200);
    const { items } = (await listed.json()) as { items: { id: string; registration_number: string }[] };
    if (items.length === 0) break;
    for (const item of items) if (ids.includes(item.id)) numbers.set(item.id, item.registration_number);
  }
  const cases = ids.map((id) => ({ id, registrationNumber: numbers.get(id) ?? "" }));
  for (const registered of cases) expect(registered.registrationNumber).toMatch(/^\d{4}\/\d+$/);
  return cases;
}

/**
 * The director records that a case concerns them, as the API allows: they lose sight of it
 * and the district office directs it from then on.
 */
export async function routeToDistrict(request: APIRequestContext, caseId: string): Promise<void> {
  const token = await accessToken(request, STAFF.director.login);
  const headers = { Authorization: `Bearer ${token}` };
  const me = await request.get("/api/v1/me", { headers });
  expect(me.status(), await me.text()).toBe(200);
  const { id } = (await me.json()) as { id: string };
  const marked = await request.post(`/api/v1/cases/${caseId}/concerned-staff`, { headers, data: { staff_id: id } });
  expect(marked.status(), await marked.text()).toBe(204);
}

/** The month before the one running now in the school's zone (`YYYY-MM`): the last finished month. */
export function lastFinishedMonth(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat("en-CA", { year: "numeric", month: "2-digit", timeZone: "Asia/Bishkek" })
    .formatToParts(now);
  const year = Number(parts.find((part) => part.type === "year")?.value);
  const month = Number(parts.find((part) => part.type === "month")?.value);
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, "0")}`;
}

/** How many sealed appeals the school's box status counts for `login` (dropped before today). */
export async function sealedCountOf(request: APIRequestContext, login: string): Promise<number> {
  const token = await accessToken(request, login);
  const response = await request.get(`/api/v1/schools/${SCHOOL.slug}/box-status`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(response.status(), await response.text()).toBe(200);
  const status = (await response.json()) as { sealed_appeals: number | null };
  expect(status.sealed_appeals).not.toBeNull();
  return status.sealed_appeals ?? 0;
}

/**
 * The school's today (YYYY-MM-DD, in its time zone). Box counts leave out the day's drops, so
 * a test comparing counts checks the day did not end between its two readings.
 */
export async function schoolToday(request: APIRequestContext): Promise<string> {
  const token = await accessToken(request, STAFF.director.login);
  const response = await request.get(`/api/v1/schools/${SCHOOL.slug}`, { headers: { Authorization: `Bearer ${token}` } });
  expect(response.status(), await response.text()).toBe(200);
  const { settings } = (await response.json()) as { settings: { time_zone: string } };
  return new Intl.DateTimeFormat("en-CA", { timeZone: settings.time_zone }).format(new Date());
}
