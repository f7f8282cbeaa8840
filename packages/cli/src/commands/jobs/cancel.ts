import type { Command } from '../../Command';
import { CliExitError } from '../../errors/CliExitError';
import { exitCodes } from '../../exitCodes';

export const command: Command = {
  name: 'jobs cancel',
  summary: 'Cancel a job.',
  details: `Sends CancelRayJob. Follow with 'jobs wait <job-id>' to see it end (it then ends Cancelled: exit code 3).

--output json: {"submissionId", "requestId", "success": true}; exit code 1 when the API answers success: false.

Example:
  emr-ray jobs cancel rj-k7nm8ahl5te4tg91`,
  args: [{ name: 'job-id', required: true }],
  options: {},
  async run(context) {
    const submissionId = context.args[0]!;
    const workspaceId = context.workspaceId();
    const client = await context.client();
    const response = await client.cancelRayJob({ workspaceId, submissionId }, { signal: context.signal });
    if (response.success === false) {
      throw new CliExitError(
        exitCodes.error,
        `CancelRayJob answered success: false for job ${submissionId} (request id ${response.requestId})`,
        { code: 'CancelRejected' },
      );
    }
    context.print(
      { submissionId, requestId: response.requestId, success: response.success },
      () => `Cancelling job ${submissionId}.`,
    );
  },
};
