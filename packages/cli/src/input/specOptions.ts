import type { CommandOption } from '../Command';

/** The flags that describe the head node and the worker groups, shared by `clusters create|update` and `jobs submit`. */
export const specOptions: Readonly<Record<string, CommandOption>> = {
  'head-cpu': {
    type: 'string',
    valueName: '<cpus>',
    description: 'CPUs of the head node, e.g. 2 (headSpec.cpu).',
  },
  'head-memory': {
    type: 'string',
    valueName: '<size>',
    description: 'Memory of the head node, e.g. 8Gi (headSpec.memory).',
  },
  'head-queue': {
    type: 'string',
    valueName: '<queue>',
    description: 'Resource queue of the head node, e.g. root_queue.',
  },
  'head-gpu-spec': {
    type: 'string',
    valueName: '<spec>',
    description: 'GPU instance spec of the head node.',
  },
  autoscaling: { type: 'boolean', description: 'Turn on worker autoscaling (headSpec.enableAutoScaling).' },
  'idle-timeout': {
    type: 'string',
    valueName: '<seconds>',
    description: 'Idle timeout of autoscaled workers (headSpec.idleTimeoutSeconds).',
  },
  'worker-group': {
    type: 'string',
    multiple: true,
    valueName: '<spec>',
    description:
      "A worker group, e.g. name=cpu-group,cpu=4,memory=16Gi,replica=2 (keys: name, cpu, memory, replica, min, max, type, queue, gpu-spec). Repeat for more groups; replaces the file's workerSpec.",
  },
  volume: {
    type: 'string',
    multiple: true,
    valueName: '<volume-id>',
    description: 'A volume to mount. Repeatable.',
  },
};
