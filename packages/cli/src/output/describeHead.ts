import type { RayHeadSpecIn } from '@emr-ray/client';
import { describeResources } from './describeResources';

/** `2 CPU, 8Gi, queue root_queue, autoscaling (idle 60s), GPU ecs.gn6i-c4g1.xlarge` */
export function describeHead(head: RayHeadSpecIn): string {
  const parts = [describeResources(head.cpu, head.memory)];
  if (head.queueName) parts.push(`queue ${head.queueName}`);
  if (head.enableAutoScaling)
    parts.push(`autoscaling${head.idleTimeoutSeconds ? ` (idle ${head.idleTimeoutSeconds}s)` : ''}`);
  if (head.gpuSpec) parts.push(`GPU ${head.gpuSpec}`);
  return parts.filter(Boolean).join(', ');
}
