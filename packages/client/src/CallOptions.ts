/** Per-call options, the second argument of every client method. */
export interface CallOptions {
  /** Cancels the call, also during a retry wait; it then rejects with `RequestAbortedError` (`cause` = `signal.reason`). */
  signal?: AbortSignal;
  /**
   * Timeout of each HTTP attempt of this call, in ms (a retried call may take longer in total; use
   * `signal: AbortSignal.timeout(ms)` for a deadline over all attempts).
   * @default the client's `timeoutMs` (30000)
   */
  timeoutMs?: number;
}
