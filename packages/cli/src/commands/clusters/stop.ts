import type { Command } from '../../Command';
import { formatElapsed } from '../../output/formatElapsed';
import { clusterWaitTimeout } from '../../waiting/clusterWaitTimeout';
import { requestedWait } from '../../waiting/requestedWait';
import { waitForCluster } from '../../waiting/waitForCluster';
import { waitOptions } from '../../waiting/waitOptions';

export const command: Command = {
  name: 'clusters stop',
  summary: 'Stop a cluster; --wait until it is Stopped.',
  details: `--output json: {"clusterId", "requestId"}; with --wait also "state": "Stopped" and "waited";
when the wait fails: {"clusterId", "requestId", "error": {...}}.

Example:
  emr-ray clusters stop ray-k7nm8ahl5te4tg91 --wait`,
  args: [{ name: 'cluster-id', required: true }],
  options: {
    'instance-id': {
      type: 'string',
      valueName: '<id>',
      description:
        'The cluster instance to stop (instanceId of clusters get), e.g. ray-k7nm8ahl5te4tg91-ey7blpbg.',
    },
    ...waitOptions('the cluster is Stopped', clusterWaitTimeout),
  },
  async run(context) {
    const clusterId = context.args[0]!;
    const timing = requestedWait(context, clusterWaitTimeout);
    const workspaceId = context.workspaceId();
    const client = await context.client();
    const instanceId = context.string('instance-id');
    const stopped = await client.stopRayCluster(
      { workspaceId, clusterId, body: instanceId === undefined ? {} : { instanceId } },
      { signal: context.signal },
    );
    context.done({ clusterId, requestId: stopped.requestId });
    if (timing === undefined) {
      context.print({ clusterId, requestId: stopped.requestId }, () => `Stopping cluster ${clusterId}.`);
      return;
    }
    const { cluster, waited } = await waitForCluster(context, clusterId, 'stopped', timing);
    context.print(
      { clusterId, requestId: stopped.requestId, state: cluster?.state ?? 'Stopped', waited },
      () => `Cluster ${clusterId} is Stopped (after ${formatElapsed(waited.elapsedMs)}).`,
    );
  },
};
