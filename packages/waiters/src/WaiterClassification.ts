/**
 * A classifier's verdict on one call.
 * - `success`: the wait is over; the waiter resolves.
 * - `failure`: the awaited state can no longer be reached; the waiter throws a `WaiterError` (reason `FAILURE`)
 *   whose message ends with `message`, which must never contain secrets (no tokens, no raw responses).
 * - `retry`: call again after the next delay. `state` is the label counted in `observed` and shown in progress events
 *   (e.g. `Starting`, `503 ServiceUnavailable`); `retryAfterMs` (a server hint) raises the next delay;
 *   `pollSoon` says the goal looks close (e.g. the nodes are already running): the first call that says so restarts
 *   the backoff from `minDelay`; later calls that still say so let it grow again, so a long "almost" stays cheap.
 */
export type WaiterClassification =
  | { status: 'success'; state?: string }
  | { status: 'failure'; state?: string; message: string }
  | { status: 'retry'; state: string; retryAfterMs?: number; pollSoon?: boolean };
