import type { GetRayClusterRequest, GetRayClusterResponse } from '@emr-ray/client';
import { DEFAULT_WAITER_TIMING } from './DEFAULT_WAITER_TIMING';
import type { RayClusterReader } from './RayClusterReader';
import { requireIds } from './requireIds';

/** What every cluster waiter shares: the call, the input check, the timing defaults and how the wait is described. */
export function clusterWaiterBase(goal: string) {
  return {
    defaults: DEFAULT_WAITER_TIMING,
    resultKey: 'cluster' as const,
    operation: (
      client: RayClusterReader,
      input: GetRayClusterRequest,
      { signal }: { signal?: AbortSignal },
    ): Promise<GetRayClusterResponse> =>
      client.getRayCluster({ workspaceId: input.workspaceId, clusterId: input.clusterId }, { signal }),
    validate: (input: GetRayClusterRequest): void => requireIds(input, ['workspaceId', 'clusterId']),
    describe: (input: GetRayClusterRequest): string =>
      `cluster ${input.clusterId} in workspace ${input.workspaceId} ${goal}`,
  };
}
