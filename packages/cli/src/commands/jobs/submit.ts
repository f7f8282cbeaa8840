import type { SubmitRayJobBody } from '@emr-ray/client';
import type { Command } from '../../Command';
import { jobBody } from '../../input/jobBody';
import { jobOptions } from '../../input/jobOptions';
import { formatElapsed } from '../../output/formatElapsed';
import { formatJob } from '../../output/formatJob';
import { redactOutput } from '../../output/redactOutput';
import { withoutRequestId } from '../../output/withoutRequestId';
import { jobWaitTimeout } from '../../waiting/jobWaitTimeout';
import { requestedWait } from '../../waiting/requestedWait';
import { waitForJob } from '../../waiting/waitForJob';
import { waitOptions } from '../../waiting/waitOptions';

export const command: Command = {
  name: 'jobs submit',
  summary: 'Submit a job from a file and/or flags; --wait until it finishes.',
  details: `The job comes from --file (JSON or YAML with the fields of SubmitRayJobBody; runtimeEnvJson and the
other JSON fields may be written as objects) and the flags, which override the file's fields.
With --wait, exit code 3 when the job ends Failed, Cancelled or Timeout.

--output json: {"submissionId", "requestId"}; with --wait also "job" (as in 'jobs get') and
"waited": {"until": "finished", "attempts", "elapsedMs"}. When the wait fails:
{"submissionId", "requestId", "error": {...}}.

Examples:
  emr-ray jobs submit --name train --entrypoint 'python train.py' --working-dir oss://bucket/train.zip --wait
  emr-ray jobs submit --file job.yaml --wait --timeout 3600 --output json`,
  args: [],
  options: { ...jobOptions, ...waitOptions('the job has finished', jobWaitTimeout) },
  async run(context) {
    const body = (await jobBody(context)) as SubmitRayJobBody;
    const timing = requestedWait(context, jobWaitTimeout);
    const workspaceId = context.workspaceId();
    const client = await context.client();
    const submitted = await client.submitRayJob({ workspaceId, body }, { signal: context.signal });
    const submissionId = submitted.submissionId ?? '';
    context.done({ submissionId, requestId: submitted.requestId });
    if (timing === undefined) {
      context.print({ submissionId, requestId: submitted.requestId }, () => `Submitted job ${submissionId}.`);
      return;
    }
    context.log(`Submitted job ${submissionId}; waiting until it finishes.`);
    const { job, waited } = await waitForJob(context, submissionId, 'finished', timing);
    const shown = redactOutput(withoutRequestId(job), context.settings.showSecrets);
    context.print(
      { submissionId, requestId: submitted.requestId, job: shown, waited },
      () =>
        `Job ${submissionId} ${shown.status ?? 'finished'} (after ${formatElapsed(waited.elapsedMs)}).\n${formatJob(shown)}`,
    );
  },
};
