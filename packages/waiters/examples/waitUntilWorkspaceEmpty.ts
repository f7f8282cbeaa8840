import type { EmrRayClient, ListRayClusterRequest } from '@emr-ray/client';
import { classifyApiError, createWaiter } from '@emr-ray/waiters';

/** Waits until a workspace has no cluster left. */
export const waitUntilWorkspaceEmpty = createWaiter({
  name: 'waitUntilWorkspaceEmpty',
  resultKey: 'list',
  operation: (client: EmrRayClient, input: ListRayClusterRequest, { signal }) =>
    client.listRayCluster(input, { signal }),
  classify: (outcome) => {
    if (!outcome.ok) return classifyApiError(outcome.error); // retries transient errors, fails on the others
    const count = outcome.response.rayClusters?.length ?? 0;
    if (count === 0) return { status: 'success', state: 'empty' };
    return { status: 'retry', state: count === 1 ? '1 cluster' : `${count} clusters` };
  },
  describe: (input) => `workspace ${input.workspaceId} to have no cluster`,
});
