import type { GetRayJobRequest, GetRayJobResponse } from '@emr-ray/client';
import { DEFAULT_WAITER_TIMING } from './DEFAULT_WAITER_TIMING';
import type { RayJobReader } from './RayJobReader';
import { requireIds } from './requireIds';

/** What every job waiter shares: the call, the input check, the timing defaults and how the wait is described. */
export function jobWaiterBase(goal: string) {
  return {
    defaults: DEFAULT_WAITER_TIMING,
    resultKey: 'job' as const,
    operation: (
      client: RayJobReader,
      input: GetRayJobRequest,
      { signal }: { signal?: AbortSignal },
    ): Promise<GetRayJobResponse> =>
      client.getRayJob({ workspaceId: input.workspaceId, submissionId: input.submissionId }, { signal }),
    validate: (input: GetRayJobRequest): void => requireIds(input, ['workspaceId', 'submissionId']),
    describe: (input: GetRayJobRequest): string =>
      `job ${input.submissionId} in workspace ${input.workspaceId} ${goal}`,
  };
}
