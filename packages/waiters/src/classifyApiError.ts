import { isServiceError, isThrottlingError, isTransientError } from '@emr-ray/client';
import { errorLabel } from './errorLabel';
import { trimPeriod } from './trimPeriod';
import type { WaiterClassification } from './WaiterClassification';

/**
 * The shared rule for a call that threw (not-found aside, which each waiter decides): throttling, 5xx, network and
 * timeout errors are retried, counted under their label, with a throttling hint raising the next delay; any other
 * error (bad signature, no permission, invalid parameter, ...) fails the wait at once, carrying the error.
 */
export function classifyApiError(error: unknown): WaiterClassification {
  const state = errorLabel(error);
  if (isTransientError(error)) {
    const retryAfterMs = isThrottlingError(error) ? error.retryAfterMs : undefined;
    return {
      status: 'retry',
      state,
      ...(typeof retryAfterMs === 'number' && retryAfterMs > 0 ? { retryAfterMs } : {}),
    };
  }
  if (isServiceError(error)) {
    return { status: 'failure', state, message: `the API refused the call: ${trimPeriod(error.message)}` };
  }
  const message = error instanceof Error ? `: ${trimPeriod(error.message)}` : '';
  return { status: 'failure', state, message: `the call failed with ${state}${message}` };
}
