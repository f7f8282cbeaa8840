/** What a waiter resolves to: `state: 'SUCCESS'` and the last response under `TKey` (`cluster`, `job`, ...). */
export type WaiterResult<TKey extends string, TResponse> = {
  state: 'SUCCESS';
  /** Calls made, the successful one included. */
  attempts: number;
  /** Milliseconds from the start of the wait to the answer that ended it. */
  elapsedMs: number;
} & { [K in TKey]: TResponse };
