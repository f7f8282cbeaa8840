/** What a progress reporter is told after every call of a wait (a subset of the waiters' `WaiterProgress`). */
export interface ProgressEvent {
  attempt: number;
  elapsedMs: number;
  /** What the call saw: `Starting`, `Running`, `503 ServiceUnavailable`, ... */
  state: string;
}

/** Shows the progress of one wait on stderr. */
export interface ProgressReporter {
  update(event: ProgressEvent): void;
  /** Ends the display: on a terminal the live line becomes a plain line. Safe to call twice. */
  end(): void;
}
