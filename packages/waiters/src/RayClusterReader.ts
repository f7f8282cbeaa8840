import type { GetRayClusterRequest, GetRayClusterResponse } from '@emr-ray/client';

/** The part of the client the cluster waiters use: a `createClient()` result, or any object with this method. */
export interface RayClusterReader {
  getRayCluster(
    params: GetRayClusterRequest,
    options?: { signal?: AbortSignal },
  ): Promise<GetRayClusterResponse>;
}
