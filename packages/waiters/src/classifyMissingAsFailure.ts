import { classifyApiError } from './classifyApiError';
import { errorLabel } from './errorLabel';
import { isNotFoundError } from './isNotFoundError';
import type { WaiterClassification } from './WaiterClassification';

/**
 * A call that threw, for a waiter whose resource must exist: not-found fails the wait (`the job does not exist
 * (404 RayJob.NotFound)`), any other error follows `classifyApiError`.
 */
export function classifyMissingAsFailure(error: unknown, resource: 'cluster' | 'job'): WaiterClassification {
  if (isNotFoundError(error))
    return {
      status: 'failure',
      state: errorLabel(error),
      message: `the ${resource} does not exist (${errorLabel(error)})`,
    };
  return classifyApiError(error);
}
