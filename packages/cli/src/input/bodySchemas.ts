import type { BodySchema } from './FieldType';

const headSpec: BodySchema = {
  cpu: 'string',
  memory: 'string',
  queueName: 'string',
  enableAutoScaling: 'boolean',
  idleTimeoutSeconds: 'integer',
  gpuSpec: 'string',
};

const workerSpec: BodySchema = {
  groupName: 'string',
  workerType: 'string',
  replica: 'integer',
  minReplica: 'integer',
  maxReplica: 'integer',
  queueName: 'string',
  cpu: 'string',
  memory: 'string',
  gpuSpec: 'string',
};

/** The body of CreateRayCluster and UpdateRayCluster (`CreateRayClusterBody` of the spec). */
export const clusterBodySchema: BodySchema = {
  name: 'string',
  description: 'string',
  displayReleaseVersion: 'string',
  networkServiceName: 'string',
  extraParam: 'json',
  headSpec: { object: headSpec },
  workerSpec: { array: workerSpec },
  volumeIds: 'strings',
};

/** The body of SubmitRayJob (`SubmitRayJobBody` of the spec). */
export const jobBodySchema: BodySchema = {
  name: 'string',
  displayReleaseVersion: 'string',
  entrypoint: 'string',
  entrypointNumCpus: 'string',
  entrypointNumGpus: 'string',
  entrypointMemory: 'string',
  entrypointResources: 'json',
  runtimeEnvJson: 'json',
  metadataJson: 'json',
  workingDir: 'string',
  extraParam: 'json',
  submissionMode: 'string',
  shutdownAfterJobFinishes: 'boolean',
  ttlSecondsAfterFinished: 'integer',
  activeDeadlineSeconds: 'integer',
  networkServiceName: 'string',
  headSpec: { object: headSpec },
  workerSpec: { array: workerSpec },
  tags: { array: { key: 'string', value: 'string' } },
  volumeIds: 'strings',
};
