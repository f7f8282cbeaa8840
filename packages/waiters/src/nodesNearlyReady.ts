import type { GetRayClusterResponse } from '@emr-ray/client';

/**
 * True when a Starting cluster's head and at least half of its workers (listed or planned
 * by `workerSpec`) report phase `Running`: the cluster state
 * usually follows soon, so waitUntilRunning asks to poll sooner.
 */
export function nodesNearlyReady(cluster: GetRayClusterResponse): boolean {
  const nodes = cluster.instances ?? [];
  const isHead = (type: unknown): boolean => String(type ?? '').toLowerCase() === 'head';
  const head = nodes.find((node) => isHead(node.type));
  if (!head || head.phase !== 'Running') return false;
  const workers = nodes.filter((node) => !isHead(node.type));
  const running = workers.filter((node) => node.phase === 'Running').length;
  // Worker pods may not be listed before they are scheduled: count the replicas the spec asks for.
  const planned = (cluster.workerSpec ?? []).reduce(
    (sum, group) => sum + (typeof group.replica === 'number' ? group.replica : 0),
    0,
  );
  return running * 2 >= Math.max(workers.length, planned);
}
