import type { Command } from '../../Command';
import { UsageError } from '../../errors/UsageError';
import { formatCluster } from '../../output/formatCluster';
import { formatElapsed } from '../../output/formatElapsed';
import { redactOutput } from '../../output/redactOutput';
import { withoutRequestId } from '../../output/withoutRequestId';
import { clusterGoals, type ClusterGoal } from '../../waiting/ClusterGoal';
import { clusterWaitTimeout } from '../../waiting/clusterWaitTimeout';
import { pollOptions } from '../../waiting/pollOptions';
import { readWaitTiming } from '../../waiting/readWaitTiming';
import { waitForCluster } from '../../waiting/waitForCluster';

export const command: Command = {
  name: 'clusters wait',
  summary: 'Wait until a cluster is running, stopped or deleted.',
  details: `Polls GetRayCluster with backoff (the waiters of @emr-ray/waiters) and shows progress on stderr.
Exit code 3 when the cluster reaches a state it cannot leave for the goal (e.g. Error, or not found while
waiting for running), 4 at --timeout, 130 on Ctrl-C (nothing is changed on the server).

--output json: {"clusterId", "state", "cluster" (not for deleted), "waited": {"until", "attempts", "elapsedMs"}}

Examples:
  emr-ray clusters wait ray-k7nm8ahl5te4tg91 --until running --timeout 900
  emr-ray clusters wait ray-k7nm8ahl5te4tg91 --until deleted`,
  args: [{ name: 'cluster-id', required: true }],
  options: {
    until: {
      type: 'string',
      valueName: 'running|stopped|deleted',
      description: 'The state to wait for. Default running.',
    },
    ...pollOptions(clusterWaitTimeout),
  },
  async run(context) {
    const clusterId = context.args[0]!;
    const until = context.string('until') ?? 'running';
    if (!clusterGoals.includes(until as ClusterGoal)) {
      throw new UsageError(`--until expects one of ${clusterGoals.join(', ')}, got '${until}'`);
    }
    const timing = readWaitTiming(context, clusterWaitTimeout);
    const { cluster, waited } = await waitForCluster(context, clusterId, until as ClusterGoal, timing);
    const shown = cluster && redactOutput(withoutRequestId(cluster), context.settings.showSecrets);
    const state = until === 'deleted' ? 'Deleted' : (cluster?.state ?? '');
    context.print(
      { clusterId, state, ...(shown ? { cluster: shown } : {}), waited },
      () =>
        `Cluster ${clusterId} is ${until === 'deleted' ? 'deleted' : state} (after ${formatElapsed(waited.elapsedMs)}).${shown && until === 'running' ? `\n${formatCluster(shown)}` : ''}`,
    );
  },
};
