import type { GetRayClusterResponse, RayNode } from '@emr-ray/client';
import { describeHead } from './describeHead';
import { describeWorkerGroup } from './describeWorkerGroup';
import { formatFields } from './formatFields';
import { formatTimestamp } from './formatTimestamp';

/** The text `clusters get` prints (the cluster is already redacted). */
export function formatCluster(cluster: Omit<GetRayClusterResponse, 'requestId'>): string {
  return formatFields([
    ['Cluster', cluster.clusterId],
    ['Name', cluster.name],
    ['Description', cluster.description],
    ['State', cluster.state],
    ['Message', cluster.state === 'Error' || cluster.state === 'Stopped' ? cluster.message : undefined],
    ['Release', cluster.displayReleaseVersion],
    ['Network', cluster.networkServiceName],
    ['Instance', cluster.instanceId],
    ['Head', cluster.headSpec ? describeHead(cluster.headSpec) : undefined],
    ['Workers', (cluster.workerSpec ?? []).map(describeWorkerGroup)],
    ['Nodes', (cluster.instances ?? []).map(describeNode)],
    ['Job URL', cluster.jobUrl],
    ['Job URL (VPC)', cluster.jobUrlInner],
    ['gRPC', cluster.grpcEndpoint],
    ['Dashboard', cluster.dashboardUrl],
    ['Submit token', cluster.submitToken],
    ['Volumes', cluster.volumeIds],
    ['Created', formatTimestamp(cluster.createTime)],
    ['Started', formatTimestamp(cluster.startTime)],
    ['Modified', formatTimestamp(cluster.modifiedTime)],
    ['Creator', cluster.creatorName ?? cluster.creator],
  ]);
}

function describeNode(node: RayNode): string {
  const problems = [
    node.reason,
    node.containerExitCode === undefined ? undefined : `exit ${node.containerExitCode}`,
  ];
  const shown = problems.filter((item) => item !== undefined && item !== '');
  return `${node.type ?? 'Node'} ${node.instanceId ?? '?'}: ${node.phase ?? 'unknown'}${shown.length ? ` (${shown.join(', ')})` : ''}`;
}
