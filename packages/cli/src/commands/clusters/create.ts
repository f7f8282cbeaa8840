import type { CreateRayClusterBody } from '@emr-ray/client';
import type { Command } from '../../Command';
import { clusterBody } from '../../input/clusterBody';
import { clusterOptions } from '../../input/clusterOptions';
import { formatCluster } from '../../output/formatCluster';
import { formatElapsed } from '../../output/formatElapsed';
import { redactOutput } from '../../output/redactOutput';
import { withoutRequestId } from '../../output/withoutRequestId';
import { clusterWaitTimeout } from '../../waiting/clusterWaitTimeout';
import { waitForCluster } from '../../waiting/waitForCluster';
import { requestedWait } from '../../waiting/requestedWait';
import { waitOptions } from '../../waiting/waitOptions';

export const command: Command = {
  name: 'clusters create',
  summary: 'Create a cluster from a file and/or flags; --wait until it is Running.',
  details: `The configuration comes from --file (JSON or YAML with the fields of CreateRayClusterBody, e.g. name,
headSpec, workerSpec) and the flags, which override the file's fields.

--output json: {"clusterId", "requestId"}; with --wait also "cluster" (as in 'clusters get') and
"waited": {"until", "attempts", "elapsedMs"}. When the wait fails: {"clusterId", "requestId", "error": {...}}.

Examples:
  emr-ray clusters create --name dev --head-cpu 2 --head-memory 8Gi \\
    --worker-group name=cpu,cpu=4,memory=16Gi,replica=2 --wait
  emr-ray clusters create --file cluster.yaml --wait --timeout 900 --output json`,
  args: [],
  options: { ...clusterOptions, ...waitOptions('the cluster is Running', clusterWaitTimeout) },
  async run(context) {
    const body = (await clusterBody(context)) as CreateRayClusterBody;
    const timing = requestedWait(context, clusterWaitTimeout);
    const workspaceId = context.workspaceId();
    const client = await context.client();
    const created = await client.createRayCluster({ workspaceId, body }, { signal: context.signal });
    const clusterId = created.clusterId ?? '';
    context.done({ clusterId, requestId: created.requestId });
    if (timing === undefined) {
      context.print({ clusterId, requestId: created.requestId }, () => `Created cluster ${clusterId}.`);
      return;
    }
    context.log(`Created cluster ${clusterId}; waiting until it is Running.`);
    const { cluster, waited } = await waitForCluster(context, clusterId, 'running', timing);
    const shown = cluster && redactOutput(withoutRequestId(cluster), context.settings.showSecrets);
    context.print(
      { clusterId, requestId: created.requestId, cluster: shown, waited },
      () =>
        `Cluster ${clusterId} is Running (after ${formatElapsed(waited.elapsedMs)}).\n${shown ? formatCluster(shown) : ''}`,
    );
  },
};
