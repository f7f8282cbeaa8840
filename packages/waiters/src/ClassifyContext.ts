/** What a classifier knows besides the outcome of the call. */
export interface ClassifyContext<TInput> {
  /** 1 for the first call. */
  attempt: number;
  /** Milliseconds since the wait began (by the waiter's clock). */
  elapsedMs: number;
  /** The resolved `gracePeriod` option, in milliseconds. */
  gracePeriodMs: number;
  /** The input the waiter was called with. */
  input: TInput;
}
