import type { UpdateRayClusterBody } from '@emr-ray/client';
import type { Command } from '../../Command';
import { UsageError } from '../../errors/UsageError';
import { clusterBody } from '../../input/clusterBody';
import { clusterOptions } from '../../input/clusterOptions';

export const command: Command = {
  name: 'clusters update',
  summary: 'Change the configuration of a cluster.',
  details: `Sends UpdateRayCluster with the fields from --file and the flags (the same as 'clusters create').
Whether the service keeps or clears the fields you leave out is not documented: send the whole configuration.

--output json: {"clusterId", "requestId"}

Example:
  emr-ray clusters update ray-k7nm8ahl5te4tg91 --file cluster.yaml --worker-group name=cpu,cpu=4,memory=16Gi,replica=4`,
  args: [{ name: 'cluster-id', required: true }],
  options: clusterOptions,
  async run(context) {
    const clusterId = context.args[0]!;
    const body = (await clusterBody(context)) as UpdateRayClusterBody;
    if (Object.keys(body).length === 0)
      throw new UsageError('nothing to update: pass --file and/or configuration flags');
    const workspaceId = context.workspaceId();
    const client = await context.client();
    const updated = await client.updateRayCluster(
      { workspaceId, clusterId, body },
      { signal: context.signal },
    );
    context.print(
      { clusterId: updated.clusterId ?? clusterId, requestId: updated.requestId },
      () => `Updated cluster ${clusterId}.`,
    );
  },
};
