import type { components } from "./generated/schema";

/** An RFC 9457 problem document, as the API answers every error. */
export type Problem = components["schemas"]["Problem"];
export type FieldError = components["schemas"]["FieldError"];

/** The code used when the server could not be reached at all. */
export const NETWORK_ERROR = "network_error";
/** The code used when something other than the API answered with an error (a proxy, a gateway). */
export const SERVICE_UNAVAILABLE = "service_unavailable";

/** A failed API call: the problem's stable `code` is what the client translates. */
export class ApiError extends Error {
  readonly code: string;
  /** The HTTP status, or null when no answer came. */
  readonly status: number | null;
  readonly problem: Problem | null;
  /** Seconds until a throttled request may be retried. */
  readonly retryAfter: number | null;

  constructor(code: string, status: number | null, problem: Problem | null, retryAfter: number | null) {
    super(problem?.detail ?? code);
    this.name = "ApiError";
    this.code = code;
    this.status = status;
    this.problem = problem;
    this.retryAfter = retryAfter;
  }

  /** The failing fields of a `validation_failed` problem. */
  get fieldErrors(): FieldError[] {
    return this.problem?.errors ?? [];
  }
}

/** Whether a failed read is worth a second try: no answer came, or the server failed. */
export function mayRetry(error: unknown): boolean {
  return error instanceof ApiError && (error.status === null || error.status >= 500);
}

/**
 * How many times a failed read is tried again before the page shows the error; none in the
 * unit tests, whose failures are meant and would otherwise wait out the pauses between tries.
 */
export const READ_RETRIES = import.meta.env.MODE === "test" ? 0 : 2;

export function isProblem(value: unknown): value is Problem {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.code === "string" && typeof candidate.status === "number";
}

function retryAfterOf(problem: Problem | null, response: Response | undefined): number | null {
  const header = response?.headers.get("Retry-After");
  const fromHeader = header ? Number.parseInt(header, 10) : Number.NaN;
  if (Number.isFinite(fromHeader) && fromHeader >= 0) return fromHeader;
  return problem?.retry_after ?? null;
}

/** The error of an answered request: the problem document when there is one. */
export function apiErrorFromResponse(body: unknown, response: Response): ApiError {
  if (isProblem(body)) {
    return new ApiError(body.code, response.status, body, retryAfterOf(body, response));
  }
  const code = response.status >= 500 ? SERVICE_UNAVAILABLE : `http_${response.status}`;
  return new ApiError(code, response.status, null, retryAfterOf(null, response));
}

export function networkError(cause: unknown): ApiError {
  const error = new ApiError(NETWORK_ERROR, null, null, null);
  error.cause = cause;
  return error;
}

interface ClientResult<D> {
  data?: D;
  error?: unknown;
  response: Response;
}

/**
 * Awaits an openapi-fetch call and returns its data, or throws an `ApiError`
 * (also when the network is down), so query hooks see one kind of failure.
 */
export async function unwrap<D>(call: Promise<ClientResult<D>>): Promise<D> {
  let result: ClientResult<D>;
  try {
    result = await call;
  } catch (cause) {
    if (cause instanceof ApiError) throw cause;
    throw networkError(cause);
  }
  if (!result.response.ok) throw apiErrorFromResponse(result.error, result.response);
  return result.data as D;
}
