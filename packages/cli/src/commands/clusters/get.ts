import type { Command } from '../../Command';
import { formatCluster } from '../../output/formatCluster';
import { redactOutput } from '../../output/redactOutput';
import { withoutRequestId } from '../../output/withoutRequestId';

export const command: Command = {
  name: 'clusters get',
  summary: 'Show one cluster: state, nodes and endpoints.',
  details: `Prints the cluster's configuration, state, nodes and endpoints (jobUrl, jobUrlInner, grpcEndpoint,
dashboardUrl). The submitToken and the dashboard's token are redacted unless --show-secrets.

--output json: {"cluster": <GetRayCluster response without requestId>}

Example:
  emr-ray clusters get ray-k7nm8ahl5te4tg91 --workspace w-1234abcd`,
  args: [{ name: 'cluster-id', required: true }],
  options: {},
  async run(context) {
    const client = await context.client();
    const response = await client.getRayCluster(
      { workspaceId: context.workspaceId(), clusterId: context.args[0]! },
      { signal: context.signal },
    );
    const cluster = redactOutput(withoutRequestId(response), context.settings.showSecrets);
    context.print({ cluster }, () => formatCluster(cluster));
  },
};
