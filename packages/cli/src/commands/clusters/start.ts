import type { Command } from '../../Command';
import { formatElapsed } from '../../output/formatElapsed';
import { formatCluster } from '../../output/formatCluster';
import { redactOutput } from '../../output/redactOutput';
import { withoutRequestId } from '../../output/withoutRequestId';
import { clusterWaitTimeout } from '../../waiting/clusterWaitTimeout';
import { requestedWait } from '../../waiting/requestedWait';
import { waitForCluster } from '../../waiting/waitForCluster';
import { waitOptions } from '../../waiting/waitOptions';

export const command: Command = {
  name: 'clusters start',
  summary: 'Start a stopped cluster; --wait until it is Running.',
  details: `--output json: {"clusterId", "requestId"}; with --wait also "cluster" and "waited" (see 'clusters create');
when the wait fails: {"clusterId", "requestId", "error": {...}}.

Example:
  emr-ray clusters start ray-k7nm8ahl5te4tg91 --wait --timeout 600`,
  args: [{ name: 'cluster-id', required: true }],
  options: {
    'client-token': {
      type: 'string',
      valueName: '<token>',
      description: 'An idempotence token: repeating the call with the same token starts the cluster once.',
    },
    ...waitOptions('the cluster is Running', clusterWaitTimeout),
  },
  async run(context) {
    const clusterId = context.args[0]!;
    const timing = requestedWait(context, clusterWaitTimeout);
    const workspaceId = context.workspaceId();
    const client = await context.client();
    const clientToken = context.string('client-token');
    const started = await client.startRayCluster(
      { workspaceId, clusterId, body: clientToken === undefined ? {} : { clientToken } },
      { signal: context.signal },
    );
    context.done({ clusterId, requestId: started.requestId });
    if (timing === undefined) {
      context.print({ clusterId, requestId: started.requestId }, () => `Starting cluster ${clusterId}.`);
      return;
    }
    const { cluster, waited } = await waitForCluster(context, clusterId, 'running', timing);
    const shown = cluster && redactOutput(withoutRequestId(cluster), context.settings.showSecrets);
    context.print(
      { clusterId, requestId: started.requestId, cluster: shown, waited },
      () =>
        `Cluster ${clusterId} is Running (after ${formatElapsed(waited.elapsedMs)}).\n${shown ? formatCluster(shown) : ''}`,
    );
  },
};
