import type { CommandOption } from '../Command';
import { specOptions } from './specOptions';

/** The options of `jobs submit`: a file and/or flags for the job. */
export const jobOptions: Readonly<Record<string, CommandOption>> = {
  file: {
    type: 'string',
    short: 'f',
    valueName: '<path>',
    description: 'The job as JSON or YAML (SubmitRayJobBody fields); flags override it.',
  },
  name: { type: 'string', valueName: '<name>', description: 'The job name.' },
  entrypoint: {
    type: 'string',
    short: 'e',
    valueName: '<command>',
    description:
      "The shell command that runs the job, e.g. 'python main.py'. Required (here or in the file).",
  },
  'release-version': {
    type: 'string',
    valueName: '<version>',
    description: 'The Ray engine version (displayReleaseVersion).',
  },
  'entrypoint-cpus': {
    type: 'string',
    valueName: '<cpus>',
    description: 'CPUs reserved for the entrypoint.',
  },
  'entrypoint-gpus': {
    type: 'string',
    valueName: '<gpus>',
    description: 'GPUs reserved for the entrypoint.',
  },
  'entrypoint-memory': {
    type: 'string',
    valueName: '<size>',
    description: 'Memory reserved for the entrypoint, e.g. 4Gi.',
  },
  'entrypoint-resources': {
    type: 'string',
    valueName: '<json>',
    description: 'Custom resources for the entrypoint as JSON, e.g. \'{"fpu": 1}\'.',
  },
  'runtime-env': {
    type: 'string',
    valueName: '<json>',
    description: 'The Ray runtime_env as JSON (runtimeEnvJson), e.g. \'{"pip": ["requests"]}\'.',
  },
  metadata: { type: 'string', valueName: '<json>', description: 'Job metadata as JSON (metadataJson).' },
  'working-dir': {
    type: 'string',
    valueName: '<url>',
    description: 'The working directory, e.g. oss://bucket/job.zip.',
  },
  'submission-mode': {
    type: 'string',
    valueName: '<mode>',
    description: 'How the job is submitted, e.g. HTTPMode.',
  },
  'shutdown-after-finish': {
    type: 'boolean',
    description: "Shut the job's cluster down when the job finishes (shutdownAfterJobFinishes).",
  },
  'ttl-after-finished': {
    type: 'string',
    valueName: '<seconds>',
    description: 'Keep the finished job this long (ttlSecondsAfterFinished).',
  },
  'active-deadline': {
    type: 'string',
    valueName: '<seconds>',
    description: 'Stop the job after this long (activeDeadlineSeconds).',
  },
  network: {
    type: 'string',
    valueName: '<name>',
    description: 'The network connection (networkServiceName).',
  },
  ...specOptions,
  tag: {
    type: 'string',
    multiple: true,
    valueName: '<key=value>',
    description: "A tag. Repeatable; replaces the file's tags.",
  },
  'extra-param': {
    type: 'string',
    valueName: '<json>',
    description: 'Additional parameters as JSON (extraParam).',
  },
};
