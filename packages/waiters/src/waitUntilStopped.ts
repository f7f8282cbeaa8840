import { classifyApiError } from './classifyApiError';
import { clusterWaiterBase } from './clusterWaiterBase';
import { createWaiter } from './createWaiter';
import { DEFAULT_WAITER_TIMING } from './DEFAULT_WAITER_TIMING';
import { describeClusterError } from './describeClusterError';
import { errorLabel } from './errorLabel';
import { formatDuration } from './formatDuration';
import { isNotFoundError } from './isNotFoundError';

/**
 * Waits until a Ray cluster is `Stopped` (after StopRayCluster).
 * `Stopping` retries; `Running` and `Starting` retry during `gracePeriod` (a stop not shown yet), then fail; `Error`
 * and a missing cluster fail; throttling, 5xx and network errors retry; other API errors fail at once.
 */
export const waitUntilStopped = createWaiter({
  name: 'waitUntilStopped',
  ...clusterWaiterBase('to be Stopped'),
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
      case 'Stopped':
        return { status: 'success', state };
      case 'Stopping':
        return { status: 'retry', state };
      case 'Error':
        return {
          status: 'failure',
          state,
          message: `the cluster is in state Error: ${describeClusterError(cluster)}`,
        };
      case 'Running':
      case 'Starting':
        if (elapsedMs < gracePeriodMs) return { status: 'retry', state };
        return {
          status: 'failure',
          state,
          message: `the cluster is still ${state} ${formatDuration(elapsedMs)} after the wait began (gracePeriod ${formatDuration(gracePeriodMs)}): was it stopped?`,
        };
      default:
        return { status: 'retry', state };
    }
  },
});
