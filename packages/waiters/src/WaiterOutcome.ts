/** What one call of the waited-on operation produced: a response, or the error it threw. */
export type WaiterOutcome<TResponse> = { ok: true; response: TResponse } | { ok: false; error: unknown };
