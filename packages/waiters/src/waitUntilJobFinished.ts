import { classifyApiError } from './classifyApiError';
import { createWaiter } from './createWaiter';
import { DEFAULT_WAITER_TIMING } from './DEFAULT_WAITER_TIMING';
import { describeJobEnd } from './describeJobEnd';
import { errorLabel } from './errorLabel';
import { FAILED_JOB_STATUSES } from './FAILED_JOB_STATUSES';
import { isNotFoundError } from './isNotFoundError';
import { jobWaiterBase } from './jobWaiterBase';

/**
 * Waits until a Ray job has `Succeeded`. `Failed`, `Cancelled` and `Timeout` fail with the job's message; the other
 * statuses (Submitted, Pending, Running, Cancelling) retry; a missing job fails; throttling, 5xx and network errors
 * retry; other API errors fail at once.
 */
export const waitUntilJobFinished = createWaiter({
  name: 'waitUntilJobFinished',
  ...jobWaiterBase('to finish'),
  defaults: DEFAULT_WAITER_TIMING,
  classify: (outcome) => {
    if (!outcome.ok) {
      const { error } = outcome;
      if (isNotFoundError(error))
        return {
          status: 'failure',
          state: errorLabel(error),
          message: `the job does not exist (${errorLabel(error)})`,
        };
      return classifyApiError(error);
    }
    const status = String(outcome.response.status ?? 'no status');
    if (status === 'Succeeded') return { status: 'success', state: status };
    if (FAILED_JOB_STATUSES.has(status))
      return { status: 'failure', state: status, message: describeJobEnd(outcome.response, status) };
    return { status: 'retry', state: status };
  },
});
