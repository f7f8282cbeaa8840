import type { GetRayJobResponse } from '@emr-ray/client';
import { describeHead } from './describeHead';
import { describeWorkerGroup } from './describeWorkerGroup';
import { formatElapsed } from './formatElapsed';
import { formatFields } from './formatFields';
import { formatTimestamp } from './formatTimestamp';

/** The text `jobs get` prints (the job is already redacted). */
export function formatJob(job: Omit<GetRayJobResponse, 'requestId'>): string {
  const ran =
    job.startTime && job.endTime && job.endTime >= job.startTime
      ? formatElapsed(job.endTime - job.startTime)
      : undefined;
  return formatFields([
    ['Job', job.submissionId],
    ['Name', job.name],
    ['Status', job.status],
    ['Message', job.message],
    ['Cluster state', job.clusterState],
    ['Release', job.displayReleaseVersion],
    ['Entrypoint', job.entrypoint],
    ['Working dir', job.workingDir],
    ['Head', job.headSpec ? describeHead(job.headSpec) : undefined],
    ['Workers', (job.workerSpecs ?? []).map(describeWorkerGroup)],
    ['Submitted', formatTimestamp(job.submitTime)],
    ['Started', formatTimestamp(job.startTime)],
    ['Ended', formatTimestamp(job.endTime)],
    ['Ran for', ran],
    ['CU hours', job.cuHours],
    ['Dashboard', job.dashboardUrl],
    [
      'Logs',
      job.logBucketName || job.logPath ? `oss://${job.logBucketName ?? '?'}/${job.logPath ?? ''}` : undefined,
    ],
    ['Tags', (job.tags ?? []).map((tag) => `${tag.key}=${tag.value}`)],
    ['Creator', job.creatorName],
  ]);
}
