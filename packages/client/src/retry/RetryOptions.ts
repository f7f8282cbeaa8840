/**
 * How the client repeats a failed call. Pass `retry: false` to `createClient` to send every request once.
 * Backoff is exponential with full jitter: before retry n (n = 1, 2, ...) the client waits a random time in
 * `[0, min(maxDelayMs, baseDelayMs * 2^(n-1)))`, or the wait the gateway asked for in its rate-limit headers.
 */
export interface RetryOptions {
  /**
   * Attempts per call in total, the first one included.
   * @default 3
   */
  maxAttempts?: number;
  /**
   * The backoff of the first retry, in ms.
   * @default 100
   */
  baseDelayMs?: number;
  /**
   * The longest backoff between two attempts, in ms.
   * @default 5000
   */
  maxDelayMs?: number;
  /**
   * The longest wait asked for by the gateway (`x-ratelimit-*` TimeLeft, `x-acs-retry-after`, `Retry-After`) that the
   * client sleeps through; a throttled call asking for longer fails at once with its `ThrottlingError`
   * (whose `retryAfterMs` says how long), so that no call hangs silently.
   * @default 20000
   */
  maxRetryAfterMs?: number;
  /**
   * Source of randomness for the jitter, returning a number in [0, 1).
   * @default Math.random
   */
  random?: () => number;
}
