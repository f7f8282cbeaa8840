import type { Command } from '../../Command';
import { formatElapsed } from '../../output/formatElapsed';
import { clusterWaitTimeout } from '../../waiting/clusterWaitTimeout';
import { requestedWait } from '../../waiting/requestedWait';
import { waitForCluster } from '../../waiting/waitForCluster';
import { waitOptions } from '../../waiting/waitOptions';

export const command: Command = {
  name: 'clusters delete',
  summary: 'Delete a cluster; --wait until it is gone.',
  details: `--output json: {"clusterId", "requestId"}; with --wait also "deleted": true and "waited";
when the wait fails: {"clusterId", "requestId", "error": {...}}.

Example:
  emr-ray clusters delete ray-k7nm8ahl5te4tg91 --wait`,
  args: [{ name: 'cluster-id', required: true }],
  options: waitOptions('the cluster is gone', clusterWaitTimeout),
  async run(context) {
    const clusterId = context.args[0]!;
    const timing = requestedWait(context, clusterWaitTimeout);
    const workspaceId = context.workspaceId();
    const client = await context.client();
    const deleted = await client.deleteRayCluster({ workspaceId, clusterId }, { signal: context.signal });
    context.done({ clusterId, requestId: deleted.requestId });
    if (timing === undefined) {
      context.print({ clusterId, requestId: deleted.requestId }, () => `Deleting cluster ${clusterId}.`);
      return;
    }
    const { waited } = await waitForCluster(context, clusterId, 'deleted', timing);
    context.print(
      { clusterId, requestId: deleted.requestId, deleted: true, waited },
      () => `Cluster ${clusterId} is deleted (after ${formatElapsed(waited.elapsedMs)}).`,
    );
  },
};
