import type { GetRayClusterRequest, GetRayClusterResponse } from '@emr-ray/client';
import type { RayClusterReader } from './RayClusterReader';
import { requireIds } from './requireIds';

/** What every cluster waiter shares: the call, the input check and how the wait is described. */
export function clusterWaiterBase(goal: string) {
  return {
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
