import { UsageError } from '../errors/UsageError';

const keys: Readonly<Record<string, { field: string; integer: boolean }>> = {
  name: { field: 'groupName', integer: false },
  cpu: { field: 'cpu', integer: false },
  memory: { field: 'memory', integer: false },
  replica: { field: 'replica', integer: true },
  min: { field: 'minReplica', integer: true },
  max: { field: 'maxReplica', integer: true },
  type: { field: 'workerType', integer: false },
  queue: { field: 'queueName', integer: false },
  'gpu-spec': { field: 'gpuSpec', integer: false },
};

/** Parses `--worker-group name=g1,cpu=4,memory=16Gi,replica=2` into a worker group of the API (`RayWorkerSpecIn`). */
export function parseWorkerGroup(text: string): Record<string, string | number> {
  const group: Record<string, string | number> = {};
  for (const pair of text.split(',')) {
    if (pair.trim() === '') continue;
    const eq = pair.indexOf('=');
    const key = (eq === -1 ? pair : pair.slice(0, eq)).trim();
    const value = eq === -1 ? '' : pair.slice(eq + 1).trim();
    const known = Object.hasOwn(keys, key) ? keys[key] : undefined;
    if (known === undefined) {
      throw new UsageError(
        `--worker-group: unknown key '${key}' in '${text}'; expected ${Object.keys(keys).join(', ')}`,
      );
    }
    if (value === '') throw new UsageError(`--worker-group: '${key}' needs a value, as in ${key}=...`);
    if (known.integer && !/^\d+$/.test(value)) {
      throw new UsageError(`--worker-group: '${key}' expects a whole number, got '${value}'`);
    }
    group[known.field] = known.integer ? Number(value) : value;
  }
  if (Object.keys(group).length === 0)
    throw new UsageError(`--worker-group expects key=value pairs, got '${text}'`);
  return group;
}
