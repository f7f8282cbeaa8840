import { classifyApiError } from './classifyApiError';
import { clusterWaiterBase } from './clusterWaiterBase';
import { createWaiter } from './createWaiter';
import { DEFAULT_WAITER_TIMING } from './DEFAULT_WAITER_TIMING';
import { describeClusterError } from './describeClusterError';
import { errorLabel } from './errorLabel';
import { formatDuration } from './formatDuration';
import { isNotFoundError } from './isNotFoundError';
import { nodesNearlyReady } from './nodesNearlyReady';

/**
 * Waits until a Ray cluster is `Running` (after CreateRayCluster or StartRayCluster).
 * `Starting` retries (sooner once the head and half the workers run); `Error` fails at once with the cluster's message
 * and each node's reason; `Stopping` fails; `Stopped` retries during `gracePeriod` (a start not shown yet), then fails;
 * a missing cluster fails; throttling, 5xx and network errors retry; other API errors fail at once.
 */
export const waitUntilRunning = createWaiter({
  name: 'waitUntilRunning',
  ...clusterWaiterBase('to be Running'),
  defaults: DEFAULT_WAITER_TIMING,
  classify: (outcome, { elapsedMs, gracePeriodMs }) => {
    if (!outcome.ok) {
      const { error } = outcome;
      if (isNotFoundError(error))
        return {
          status: 'failure',
          state: errorLabel(error),
          message: `the cluster does not exist (${errorLabel(error)})`,
        };
      return classifyApiError(error);
    }
    const cluster = outcome.response;
    const state = String(cluster.state ?? 'no state');
    switch (state) {
      case 'Running':
        return { status: 'success', state };
      case 'Starting':
        return { status: 'retry', state, pollSoon: nodesNearlyReady(cluster) };
      case 'Error':
        return {
          status: 'failure',
          state,
          message: `the cluster is in state Error: ${describeClusterError(cluster)}`,
        };
      case 'Stopping':
        return { status: 'failure', state, message: 'the cluster is Stopping, so it will not reach Running' };
      case 'Stopped':
        if (elapsedMs < gracePeriodMs) return { status: 'retry', state };
        return {
          status: 'failure',
          state,
          message: `the cluster is still Stopped ${formatDuration(elapsedMs)} after the wait began (gracePeriod ${formatDuration(gracePeriodMs)}): was it started?`,
        };
      default:
        return { status: 'retry', state };
    }
  },
});
