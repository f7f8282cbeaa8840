import type { RetryPolicy } from './RetryPolicy';

/**
 * The wait before retry number `retry` (1 for the first retry): full jitter over an exponential ceiling, or, when
 * the gateway named a wait, that wait plus up to `baseDelayMs` of jitter so that throttled clients do not return in step.
 */
export function backoffDelay(policy: RetryPolicy, retry: number, retryAfterMs?: number): number {
  if (retryAfterMs !== undefined) return retryAfterMs + Math.floor(policy.random() * policy.baseDelayMs);
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
  return Math.floor(policy.random() * ceiling);
}
