import type { RayWorkerSpecIn } from '@emr-ray/client';
import { describeResources } from './describeResources';

/** `g1: 2 x 4 CPU, 16Gi (min 1, max 10), CPU, queue root_queue` */
export function describeWorkerGroup(group: RayWorkerSpecIn): string {
  const replicas = group.replica === undefined ? '' : `${group.replica} x `;
  const range =
    group.minReplica !== undefined || group.maxReplica !== undefined
      ? ` (min ${group.minReplica ?? '-'}, max ${group.maxReplica ?? '-'})`
      : '';
  const extra = [
    group.workerType,
    group.queueName && `queue ${group.queueName}`,
    group.gpuSpec && `GPU ${group.gpuSpec}`,
  ];
  const tail = extra.filter(Boolean).join(', ');
  return `${group.groupName ?? 'workers'}: ${replicas}${describeResources(group.cpu, group.memory)}${range}${tail ? `, ${tail}` : ''}`;
}
