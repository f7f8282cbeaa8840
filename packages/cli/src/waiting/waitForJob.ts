import type { GetRayJobResponse } from '@emr-ray/client';
import { waitUntilJobFinished, waitUntilJobRunning } from '@emr-ray/waiters';
import type { CommandContext } from '../CommandContext';
import { createProgressReporter } from '../progress/createProgressReporter';
import type { JobGoal } from './JobGoal';
import type { WaitSummary } from './WaitSummary';
import type { WaitTiming } from './WaitTiming';

/** Waits for a job with the waiters of `@emr-ray/waiters`, showing progress on stderr. */
export async function waitForJob(
  context: CommandContext,
  submissionId: string,
  until: JobGoal,
  timing: WaitTiming,
): Promise<{ job: GetRayJobResponse; waited: WaitSummary }> {
  const client = await context.client();
  const reporter = createProgressReporter(context.stderr, `job ${submissionId}`);
  const waiter = until === 'finished' ? waitUntilJobFinished : waitUntilJobRunning;
  try {
    const result = await waiter(
      {
        client,
        maxWaitTime: timing.maxWaitTime,
        minDelay: timing.minDelay,
        maxDelay: timing.maxDelay,
        abortSignal: context.signal,
        onProgress: context.settings.quiet ? undefined : reporter.update,
      },
      { workspaceId: context.workspaceId(), submissionId },
    );
    return { job: result.job, waited: { until, attempts: result.attempts, elapsedMs: result.elapsedMs } };
  } finally {
    reporter.end();
  }
}
