import type { GetRayClusterResponse } from '@emr-ray/client';
import { describeClusterError } from './describeClusterError';
import type { WaiterClassification } from './WaiterClassification';

/** A cluster in state `Error` can reach no other goal: the wait fails with the cluster's and its nodes' reasons. */
export function clusterErrorFailure(cluster: GetRayClusterResponse): WaiterClassification {
  return {
    status: 'failure',
    state: 'Error',
    message: `the cluster is in state Error: ${describeClusterError(cluster)}`,
  };
}
