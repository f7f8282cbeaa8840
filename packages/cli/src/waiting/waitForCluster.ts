import type { GetRayClusterResponse } from '@emr-ray/client';
import { waitUntilDeleted, waitUntilRunning, waitUntilStopped } from '@emr-ray/waiters';
import type { CommandContext } from '../CommandContext';
import { createProgressReporter } from '../progress/createProgressReporter';
import type { ClusterGoal } from './ClusterGoal';
import type { WaitSummary } from './WaitSummary';
import type { WaitTiming } from './WaitTiming';

/**
 * Waits for a cluster with the waiters of `@emr-ray/waiters`, showing progress on stderr. Rejects with their
 * `WaiterError` (the entry point maps its reason to exit code 3, 4 or 130).
 */
export async function waitForCluster(
  context: CommandContext,
  clusterId: string,
  until: ClusterGoal,
  timing: WaitTiming,
): Promise<{ cluster: GetRayClusterResponse | undefined; waited: WaitSummary }> {
  const client = await context.client();
  const workspaceId = context.workspaceId();
  const reporter = createProgressReporter(context.stderr, `cluster ${clusterId}`);
  const options = {
    client,
    maxWaitTime: timing.maxWaitTime,
    minDelay: timing.minDelay,
    maxDelay: timing.maxDelay,
    abortSignal: context.signal,
    onProgress: context.settings.quiet ? undefined : reporter.update,
  };
  const params = { workspaceId, clusterId };
  try {
    if (until === 'deleted') {
      const result = await waitUntilDeleted(options, params);
      return {
        cluster: undefined,
        waited: { until, attempts: result.attempts, elapsedMs: result.elapsedMs },
      };
    }
    const result = await (until === 'running' ? waitUntilRunning : waitUntilStopped)(options, params);
    return {
      cluster: result.cluster,
      waited: { until, attempts: result.attempts, elapsedMs: result.elapsedMs },
    };
  } finally {
    reporter.end();
  }
}
