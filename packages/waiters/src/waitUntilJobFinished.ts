import { classifyMissingAsFailure } from './classifyMissingAsFailure';
import { createWaiter } from './createWaiter';
import { describeJobEnd } from './describeJobEnd';
import { FAILED_JOB_STATUSES } from './FAILED_JOB_STATUSES';
import { jobWaiterBase } from './jobWaiterBase';

/**
 * Waits until a Ray job has `Succeeded`. `Failed`, `Cancelled` and `Timeout` fail with the job's message; the other
 * statuses (Submitted, Pending, Running, Cancelling) retry; a missing job fails; throttling, 5xx and network errors
 * retry; other API errors fail at once.
 */
export const waitUntilJobFinished = createWaiter({
  name: 'waitUntilJobFinished',
  ...jobWaiterBase('to finish'),
  classify: (outcome) => {
    if (!outcome.ok) return classifyMissingAsFailure(outcome.error, 'job');
    const status = String(outcome.response.status ?? 'no status');
    if (status === 'Succeeded') return { status: 'success', state: status };
    if (FAILED_JOB_STATUSES.has(status))
      return { status: 'failure', state: status, message: describeJobEnd(outcome.response, status) };
    return { status: 'retry', state: status };
  },
});
