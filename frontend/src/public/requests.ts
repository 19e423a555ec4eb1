import { useCallback, useEffect, useRef, useState } from "react";
import { mayRetry, READ_RETRIES } from "../api/problem";

/**
 * What the public pages read and send, in the shape the staff pages get from TanStack Query
 * (`isPending`, `isError`, `data`, `refetch`, `mutate`…), without its library: the public
 * pages read two things and send three, and a child's phone on a slow line should not
 * download a query cache for that.
 */

/** A read: pending, failed or done. */
export type Loaded<T> =
  | { isPending: true; isError: false; isSuccess: false; data: undefined; error: null; refetch: () => void }
  | { isPending: false; isError: true; isSuccess: false; data: undefined; error: Error; refetch: () => void }
  | { isPending: false; isError: false; isSuccess: true; data: T; error: null; refetch: () => void };

interface Remembered {
  data: unknown;
  until: number;
}

/** What was read lately, by key, so going back to a page does not ask again. */
const remembered = new Map<string, Remembered>();

/** What was read under `key` and is still fresh. */
function rememberedRead(key: string): Remembered | undefined {
  const kept = remembered.get(key);
  return kept && kept.until > Date.now() ? kept : undefined;
}

/** Forgets everything read (each test starts with nothing read). */
export function forgetReads(): void {
  remembered.clear();
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Reads with the staff pages' patience: a lost answer or a server failure is tried twice more. */
async function readWithRetries<T>(read: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await read();
    } catch (error) {
      if (attempt >= READ_RETRIES || !mayRetry(error)) throw error;
      await pause(1000 * 2 ** attempt);
    }
  }
}

type Settled<T> = { request: string } & ({ failed: false; data: T } | { failed: true; error: Error });

/**
 * Reads what `key` names with `read` (which changes with the key) and keeps it for
 * `freshFor` milliseconds. A new key (another school, another month) reads again; `refetch`
 * reads again after a failure.
 */
export function useRead<T>(key: string, read: () => Promise<T>, freshFor: number): Loaded<T> {
  const [attempt, setAttempt] = useState(0);
  const request = `${attempt}:${key}`;
  const [settled, setSettled] = useState<Settled<T> | null>(null);

  useEffect(() => {
    if (rememberedRead(key)) return undefined;
    let current = true;
    readWithRetries(read).then(
      (data) => {
        remembered.set(key, { data, until: Date.now() + freshFor });
        if (current) setSettled({ request, failed: false, data });
      },
      (error: unknown) => {
        // Whatever failed is an `Error` (an `ApiError` from `unwrap`), as TanStack Query assumes.
        if (current) setSettled({ request, failed: true, error: error as Error });
      },
    );
    return () => {
      current = false;
    };
  }, [key, read, freshFor, request]);

  const refetch = useCallback(() => setAttempt((count) => count + 1), []);
  const kept = rememberedRead(key);
  if (kept) return { isPending: false, isError: false, isSuccess: true, data: kept.data as T, error: null, refetch };
  if (settled?.request !== request) {
    return { isPending: true, isError: false, isSuccess: false, data: undefined, error: null, refetch };
  }
  if (settled.failed) {
    return { isPending: false, isError: true, isSuccess: false, data: undefined, error: settled.error, refetch };
  }
  return { isPending: false, isError: false, isSuccess: true, data: settled.data, error: null, refetch };
}

/** What to do when a send succeeds or fails, besides showing it. */
export interface SendCallbacks<Output> {
  onSuccess?: (output: Output) => void;
  onError?: (error: Error) => void;
}

/** A send: idle, under way, failed or done; one at a time, never retried by itself. */
export interface Sending<Input, Output> {
  mutate: (input: Input, callbacks?: SendCallbacks<Output>) => void;
  /** Back to idle: the last failure is no longer shown. */
  reset: () => void;
  isPending: boolean;
  isError: boolean;
  error: Error | null;
  data: Output | undefined;
}

type SendState<Output> =
  | { status: "idle" }
  | { status: "pending" }
  | { status: "error"; error: Error }
  | { status: "success"; data: Output };

/** Sends with `send`; a reply that arrives after the page is gone or reset is dropped. */
export function useSend<Input, Output>(send: (input: Input) => Promise<Output>): Sending<Input, Output> {
  const [state, setState] = useState<SendState<Output>>({ status: "idle" });
  const latest = useRef(0);
  useEffect(
    () => () => {
      latest.current += 1;
    },
    [],
  );

  const mutate = useCallback(
    (input: Input, callbacks: SendCallbacks<Output> = {}) => {
      const call = (latest.current += 1);
      setState({ status: "pending" });
      send(input).then(
        (data) => {
          if (call !== latest.current) return;
          setState({ status: "success", data });
          callbacks.onSuccess?.(data);
        },
        (failure: unknown) => {
          if (call !== latest.current) return;
          const error = failure as Error;
          setState({ status: "error", error });
          callbacks.onError?.(error);
        },
      );
    },
    [send],
  );
  const reset = useCallback(() => {
    latest.current += 1;
    setState({ status: "idle" });
  }, []);

  return {
    mutate,
    reset,
    isPending: state.status === "pending",
    isError: state.status === "error",
    error: state.status === "error" ? state.error : null,
    data: state.status === "success" ? state.data : undefined,
  };
}
