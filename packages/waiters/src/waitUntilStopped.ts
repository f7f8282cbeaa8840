import { classifyMissingAsFailure } from './classifyMissingAsFailure';
import { clusterErrorFailure } from './clusterErrorFailure';
import { clusterWaiterBase } from './clusterWaiterBase';
import { createWaiter } from './createWaiter';
import { retryDuringGracePeriod } from './retryDuringGracePeriod';

/**
 * Waits until a Ray cluster is `Stopped` (after StopRayCluster).
 * `Stopping` retries; `Running` and `Starting` retry during `gracePeriod` (a stop not shown yet), then fail; `Error`
 * and a missing cluster fail; throttling, 5xx and network errors retry; other API errors fail at once.
 */
export const waitUntilStopped = createWaiter({
  name: 'waitUntilStopped',
  ...clusterWaiterBase('to be Stopped'),
  classify: (outcome, context) => {
    if (!outcome.ok) return classifyMissingAsFailure(outcome.error, 'cluster');
    const cluster = outcome.response;
    const state = String(cluster.state ?? 'no state');
    switch (state) {
      case 'Stopped':
        return { status: 'success', state };
      case 'Stopping':
        return { status: 'retry', state };
      case 'Error':
        return clusterErrorFailure(cluster);
      case 'Running':
      case 'Starting':
        return retryDuringGracePeriod(state, context, 'was it stopped?');
      default:
        return { status: 'retry', state };
    }
  },
});
