import type { CommandContext } from '../CommandContext';
import { parseWorkerGroup } from './parseWorkerGroup';
import { setIfGiven } from './setIfGiven';

/**
 * Applies the `specOptions` flags to a body (from `--file` or empty): head flags set fields of `headSpec`,
 * `--worker-group` replaces `workerSpec`, `--volume` replaces `volumeIds`.
 */
export function specFromFlags(
  context: CommandContext,
  body: Record<string, unknown>,
): Record<string, unknown> {
  const head: Record<string, unknown> = {};
  setIfGiven(head, 'cpu', context.string('head-cpu'));
  setIfGiven(head, 'memory', context.string('head-memory'));
  setIfGiven(head, 'queueName', context.string('head-queue'));
  setIfGiven(head, 'gpuSpec', context.string('head-gpu-spec'));
  if (context.flag('autoscaling')) head.enableAutoScaling = true;
  setIfGiven(head, 'idleTimeoutSeconds', context.integer('idle-timeout', { min: 0 }));
  const out: Record<string, unknown> = { ...body };
  if (Object.keys(head).length > 0) out.headSpec = { ...(body.headSpec as object | undefined), ...head };
  const groups = context.strings('worker-group');
  if (groups.length > 0) out.workerSpec = groups.map(parseWorkerGroup);
  const volumes = context.strings('volume');
  if (volumes.length > 0) out.volumeIds = volumes;
  return out;
}
