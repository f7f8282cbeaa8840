/** Passed to `onProgress` after every call. */
export interface WaiterProgress<TResponse> {
  /** 1 for the first call. */
  attempt: number;
  /** Milliseconds since the wait began. */
  elapsedMs: number;
  /** The label of what this call saw, e.g. `Starting` or `503 ServiceUnavailable`. */
  state: string;
  /** The label the call before saw; `undefined` on the first call. */
  previousState: string | undefined;
  /** The response of this call; `undefined` when it threw. */
  response: TResponse | undefined;
  /** The error this call threw; `undefined` when it answered. */
  error: unknown;
  /** Seconds until the next call; `undefined` when this was the last call. */
  nextDelay: number | undefined;
}
