import type { GetRayClusterResponse } from '@emr-ray/client';
import { classifyApiError } from './classifyApiError';
import { clusterWaiterBase } from './clusterWaiterBase';
import { createWaiter } from './createWaiter';
import { errorLabel } from './errorLabel';
import { isNotFoundError } from './isNotFoundError';
import type { RayClusterReader } from './RayClusterReader';

/**
 * Waits until a Ray cluster is gone (after DeleteRayCluster): not-found succeeds, with `cluster` holding the last
 * response seen before (`undefined` if it was already gone). Any state retries; throttling, 5xx and network errors
 * retry; other API errors fail at once.
 */
export const waitUntilDeleted = createWaiter<
  RayClusterReader,
  Parameters<RayClusterReader['getRayCluster']>[0],
  GetRayClusterResponse | undefined,
  'cluster'
>({
  name: 'waitUntilDeleted',
  ...clusterWaiterBase('to be deleted'),
  classify: (outcome) => {
    if (outcome.ok) return { status: 'retry', state: String(outcome.response?.state ?? 'no state') };
    if (isNotFoundError(outcome.error)) return { status: 'success', state: errorLabel(outcome.error) };
    return classifyApiError(outcome.error);
  },
});
