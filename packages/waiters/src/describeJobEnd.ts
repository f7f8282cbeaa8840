import type { GetRayJobResponse } from '@emr-ray/client';
import { trimPeriod } from './trimPeriod';

/** `the job ended Failed: <its message>`: reads only status and message (a job response also holds URLs with tokens). */
export function describeJobEnd(job: GetRayJobResponse, status: string): string {
  const message = typeof job.message === 'string' ? trimPeriod(job.message) : '';
  return message === ''
    ? `the job ended ${status} (no message given)`
    : `the job ended ${status}: ${message}`;
}
