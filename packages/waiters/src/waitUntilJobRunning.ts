import { classifyMissingAsFailure } from './classifyMissingAsFailure';
import { createWaiter } from './createWaiter';
import { describeJobEnd } from './describeJobEnd';
import { FAILED_JOB_STATUSES } from './FAILED_JOB_STATUSES';
import { jobWaiterBase } from './jobWaiterBase';

/**
 * Waits until a Ray job has started: `Running` succeeds, and so does `Succeeded` (it ran and finished between two
 * calls; check `job.status`). `Failed`, `Cancelled` and `Timeout` fail with the job's message, `Cancelling` fails
 * at once; `Submitted` and `Pending` retry; a missing job fails; throttling, 5xx and network errors retry; other API
 * errors fail at once.
 */
export const waitUntilJobRunning = createWaiter({
  name: 'waitUntilJobRunning',
  ...jobWaiterBase('to be Running'),
  classify: (outcome) => {
    if (!outcome.ok) return classifyMissingAsFailure(outcome.error, 'job');
    const status = String(outcome.response.status ?? 'no status');
    if (status === 'Running' || status === 'Succeeded') return { status: 'success', state: status };
    if (FAILED_JOB_STATUSES.has(status))
      return { status: 'failure', state: status, message: describeJobEnd(outcome.response, status) };
    if (status === 'Cancelling')
      return { status: 'failure', state: status, message: 'the job is being cancelled' };
    return { status: 'retry', state: status };
  },
});
