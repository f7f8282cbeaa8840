/** The timing of a wait from `--timeout`, `--min-delay` and `--max-delay`, in seconds. */
export interface WaitTiming {
  maxWaitTime: number;
  /** `undefined`: the waiter's default. */
  minDelay: number | undefined;
  /** `undefined`: the waiter's default. */
  maxDelay: number | undefined;
}
