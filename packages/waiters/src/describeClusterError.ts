import type { GetRayClusterResponse } from '@emr-ray/client';
import { trimPeriod } from './trimPeriod';

/**
 * Why a cluster is in state Error, from its `message` and each node's reason, exit code and container state:
 * `image pull failed; head ray-1-head-7cgta: OOMKilled, exit 137, container Terminated`. Values the API fills with a
 * placeholder (`ok`) are left out. Only these fields are read: a response also holds tokens.
 */
export function describeClusterError(cluster: GetRayClusterResponse): string {
  const parts: string[] = [];
  const message = meaningful(cluster.message);
  if (message) parts.push(message);
  for (const node of cluster.instances ?? []) {
    const facts: string[] = [];
    const reason = meaningful(node.reason);
    if (reason) facts.push(reason);
    if (typeof node.containerExitCode === 'number' && node.containerExitCode !== 0)
      facts.push(`exit ${node.containerExitCode}`);
    const containerState = meaningful(node.containerState);
    if (containerState && containerState !== 'Running') {
      // The container's own reason when it adds something (not a repeat of the node's), e.g. ImagePullBackOff.
      const why =
        meaningful(node.containerStateReason) ??
        (reason ? undefined : meaningful(node.containerStateMessage));
      facts.push(
        why && why !== reason ? `container ${containerState} (${why})` : `container ${containerState}`,
      );
    }
    const nodeMessage = meaningful(node.message);
    if (nodeMessage && facts.length === 0) facts.push(nodeMessage);
    if (facts.length > 0)
      parts.push(
        `${(meaningful(node.type) ?? 'node').toLowerCase()} ${node.instanceId ?? '(no id)'}: ${facts.join(', ')}`,
      );
  }
  return parts.length > 0 ? parts.join('; ') : 'no reason given';
}

function meaningful(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = trimPeriod(value);
  return text === '' || text.toLowerCase() === 'ok' ? undefined : text;
}
