import type { GetRayJobRequest, GetRayJobResponse } from '@emr-ray/client';

/** The part of the client the job waiters use: a `createClient()` result, or any object with this method. */
export interface RayJobReader {
  getRayJob(params: GetRayJobRequest, options?: { signal?: AbortSignal }): Promise<GetRayJobResponse>;
}
