import type { Command } from '../../Command';
import { UsageError } from '../../errors/UsageError';
import { formatElapsed } from '../../output/formatElapsed';
import { redactOutput } from '../../output/redactOutput';
import { withoutRequestId } from '../../output/withoutRequestId';
import { jobGoals, type JobGoal } from '../../waiting/JobGoal';
import { jobWaitTimeout } from '../../waiting/jobWaitTimeout';
import { pollOptions } from '../../waiting/pollOptions';
import { readWaitTiming } from '../../waiting/readWaitTiming';
import { waitForJob } from '../../waiting/waitForJob';

export const command: Command = {
  name: 'jobs wait',
  summary: 'Wait until a job is finished (Succeeded) or running.',
  details: `Polls GetRayJob with backoff and shows progress on stderr. --until finished succeeds on Succeeded;
Failed, Cancelled and Timeout end the wait with exit code 3. --until running succeeds once the job runs.

--output json: {"submissionId", "status", "job", "waited": {"until", "attempts", "elapsedMs"}}

Example:
  emr-ray jobs wait rj-k7nm8ahl5te4tg91 --until finished --timeout 3600`,
  args: [{ name: 'job-id', required: true }],
  options: {
    until: {
      type: 'string',
      valueName: 'finished|running',
      description: 'What to wait for. Default finished.',
    },
    ...pollOptions(jobWaitTimeout),
  },
  async run(context) {
    const submissionId = context.args[0]!;
    const until = context.string('until') ?? 'finished';
    if (!jobGoals.includes(until as JobGoal)) {
      throw new UsageError(`--until expects one of ${jobGoals.join(', ')}, got '${until}'`);
    }
    const timing = readWaitTiming(context, jobWaitTimeout);
    const { job, waited } = await waitForJob(context, submissionId, until as JobGoal, timing);
    const shown = redactOutput(withoutRequestId(job), context.settings.showSecrets);
    context.print(
      { submissionId, status: shown.status, job: shown, waited },
      () => `Job ${submissionId} is ${shown.status ?? until} (after ${formatElapsed(waited.elapsedMs)}).`,
    );
  },
};
