import type { Command } from '../../Command';
import { formatJob } from '../../output/formatJob';
import { redactOutput } from '../../output/redactOutput';
import { withoutRequestId } from '../../output/withoutRequestId';

export const command: Command = {
  name: 'jobs get',
  summary: 'Show one job: status, times, resources and log location.',
  details: `--output json: {"job": <GetRayJob response without requestId>}

Example:
  emr-ray jobs get rj-k7nm8ahl5te4tg91`,
  args: [{ name: 'job-id', required: true }],
  options: {},
  async run(context) {
    const workspaceId = context.workspaceId();
    const client = await context.client();
    const response = await client.getRayJob(
      { workspaceId, submissionId: context.args[0]! },
      { signal: context.signal },
    );
    const job = redactOutput(withoutRequestId(response), context.settings.showSecrets);
    context.print({ job }, () => formatJob(job));
  },
};
