import { classifyMissingAsFailure } from './classifyMissingAsFailure';
import { clusterErrorFailure } from './clusterErrorFailure';
import { clusterWaiterBase } from './clusterWaiterBase';
import { createWaiter } from './createWaiter';
import { nodesNearlyReady } from './nodesNearlyReady';
import { retryDuringGracePeriod } from './retryDuringGracePeriod';

/**
 * Waits until a Ray cluster is `Running` (after CreateRayCluster or StartRayCluster).
 * `Starting` retries (sooner once the head and half the workers run); `Error` fails at once with the cluster's message
 * and each node's reason; `Stopping` fails; `Stopped` retries during `gracePeriod` (a start not shown yet), then fails;
 * a missing cluster fails; throttling, 5xx and network errors retry; other API errors fail at once.
 */
export const waitUntilRunning = createWaiter({
  name: 'waitUntilRunning',
  ...clusterWaiterBase('to be Running'),
  classify: (outcome, context) => {
    if (!outcome.ok) return classifyMissingAsFailure(outcome.error, 'cluster');
    const cluster = outcome.response;
    const state = String(cluster.state ?? 'no state');
    switch (state) {
      case 'Running':
        return { status: 'success', state };
      case 'Starting':
        return { status: 'retry', state, pollSoon: nodesNearlyReady(cluster) };
      case 'Error':
        return clusterErrorFailure(cluster);
      case 'Stopping':
        return { status: 'failure', state, message: 'the cluster is Stopping, so it will not reach Running' };
      case 'Stopped':
        return retryDuringGracePeriod(state, context, 'was it started?');
      default:
        return { status: 'retry', state };
    }
  },
});
