import type { EmrRayError } from '../errors/EmrRayError';
import { isThrottlingError } from '../errors/isThrottlingError';
import { retryAfterFromHeaders } from '../service/retryAfterFromHeaders';
import type { TransportResponse } from '../transport/Transport';
import { backoffDelay } from './backoffDelay';
import type { RetryPolicy } from './RetryPolicy';

/**
 * The wait before retry number `retry` of a retryable failure, or undefined when the gateway asked for a longer wait
 * than `maxRetryAfterMs` (the call then fails with that error at once). A wait named by the answer (rate-limit
 * `TimeLeft`, `x-acs-retry-after`, `Retry-After`, also on a 503) is used instead of the exponential backoff.
 */
export function retryDelay(
  policy: RetryPolicy,
  retry: number,
  error: EmrRayError,
  response: TransportResponse | undefined,
): number | undefined {
  const asked = isThrottlingError(error)
    ? error.retryAfterMs
    : response
      ? retryAfterFromHeaders((name) => response.header(name))
      : undefined;
  if (asked !== undefined && asked > policy.maxRetryAfterMs) return undefined;
  return backoffDelay(policy, retry, asked);
}
