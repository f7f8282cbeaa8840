import type { GetRayJobResponse } from '@emr-ray/client';
import { waitUntilJobFinished } from '../src/waitUntilJobFinished';
import { waitUntilJobRunning } from '../src/waitUntilJobRunning';
import { WORKSPACE } from './support/manualFake';
import { rejection } from './support/rejection';
import { useManualFake } from './support/useManualFake';

const setup = useManualFake();

async function submit(): Promise<string> {
  const { submissionId } = await setup.client.submitRayJob({
    workspaceId: WORKSPACE,
    body: { name: 'train', entrypoint: 'python train.py' },
  });
  return submissionId!;
}

describe('waitUntilJobFinished on the fake (manual clock)', () => {
  it('Submitted, Pending and Running retry; Succeeded succeeds with the typed job', async () => {
    const submissionId = await submit();
    const { client, clock } = setup;
    const seen: string[] = [];
    const result = await waitUntilJobFinished(
      { client, maxWaitTime: 600, ...clock, onProgress: (e) => seen.push(e.state) },
      { workspaceId: WORKSPACE, submissionId },
    );
    const job: GetRayJobResponse = result.job;
    expect(job).toMatchObject({ submissionId, status: 'Succeeded' });
    expect(new Set(seen)).toEqual(new Set(['Submitted', 'Pending', 'Running', 'Succeeded']));
    expect(seen.at(-1)).toBe('Succeeded');
    // the fake runs a job 1 s Submitted + 5 s Pending + 20 s Running: Succeeded at 26 s, seen at 33 s
    expect(result).toMatchObject({ state: 'SUCCESS', attempts: 5, elapsedMs: 33_000 });
  });

  it.each([
    ['Failed', 'Traceback: ZeroDivisionError.'],
    ['Timeout', 'The job ran past activeDeadlineSeconds.'],
  ] as const)('%s fails with the job message', async (endIn, message) => {
    const submissionId = await submit();
    setup.fake.scriptJob(WORKSPACE, submissionId, { endIn, message });
    const { client, clock } = setup;
    const error = await rejection(
      waitUntilJobFinished({ client, maxWaitTime: 600, ...clock }, { workspaceId: WORKSPACE, submissionId }),
    );
    expect(error).toMatchObject({ reason: 'FAILURE', lastState: endIn });
    expect(error.message).toMatch(
      new RegExp(
        `^Stopped waiting for job ${submissionId} in workspace ${WORKSPACE} to finish after 33 s and 5 calls: `,
      ),
    );
    expect(error.message).toContain(`the job ended ${endIn}: ${message.replace(/\.$/, '')}. Seen `);
    expect(error.lastResponse?.status).toBe(endIn);
  });

  it('Cancelling retries and Cancelled fails', async () => {
    const submissionId = await submit();
    const { client, clock } = setup;
    await client.cancelRayJob({ workspaceId: WORKSPACE, submissionId });
    const error = await rejection(
      waitUntilJobFinished({ client, maxWaitTime: 600, ...clock }, { workspaceId: WORKSPACE, submissionId }),
    );
    expect(error).toMatchObject({ reason: 'FAILURE', lastState: 'Cancelled' });
    expect(error.observed).toEqual({ Cancelling: 1, Cancelled: 1 });
    expect(error.message).toContain('the job ended Cancelled');
  });

  it('a missing job fails at once', async () => {
    const { client, clock } = setup;
    const error = await rejection(
      waitUntilJobFinished(
        { client, maxWaitTime: 600, ...clock },
        { workspaceId: WORKSPACE, submissionId: 'rj-nosuchjob' },
      ),
    );
    expect(error).toMatchObject({ reason: 'FAILURE', attempts: 1, observed: { '404 RayJob.NotFound': 1 } });
    expect(error.message).toContain('the job does not exist (404 RayJob.NotFound)');
  });

  it('retries a 500 and still finishes', async () => {
    const submissionId = setup.fake.seedJob(WORKSPACE, { status: 'Running' });
    setup.fake.injectFault({
      operation: 'GetRayJob',
      kind: 'error',
      status: 500,
      code: 'InternalError',
      times: 1,
    });
    const { client, clock } = setup;
    const result = await waitUntilJobFinished(
      { client, maxWaitTime: 600, ...clock },
      { workspaceId: WORKSPACE, submissionId },
    );
    expect(result.state).toBe('SUCCESS');
  });
});

describe('waitUntilJobRunning on the fake (manual clock)', () => {
  it('Submitted and Pending retry; Running succeeds', async () => {
    const submissionId = await submit();
    const { client, clock } = setup;
    const result = await waitUntilJobRunning(
      { client, maxWaitTime: 600, ...clock },
      { workspaceId: WORKSPACE, submissionId },
    );
    // Running from 6 s: calls at 0 (Submitted), 3 (Pending), 7.5 s (Running)
    expect(result).toMatchObject({ state: 'SUCCESS', attempts: 3, elapsedMs: 7500 });
    expect(result.job.status).toBe('Running');
  });

  it('Succeeded also succeeds (it ran and finished between two calls)', async () => {
    const submissionId = setup.fake.seedJob(WORKSPACE, { status: 'Succeeded' });
    const result = await waitUntilJobRunning(
      { client: setup.client, maxWaitTime: 600, ...setup.clock },
      { workspaceId: WORKSPACE, submissionId },
    );
    expect(result.job.status).toBe('Succeeded');
  });

  it.each(['Failed', 'Cancelled', 'Timeout', 'Cancelling'] as const)('%s fails at once', async (status) => {
    const submissionId = setup.fake.seedJob(WORKSPACE, { status, message: 'it went wrong' });
    const error = await rejection(
      waitUntilJobRunning(
        { client: setup.client, maxWaitTime: 600, ...setup.clock },
        { workspaceId: WORKSPACE, submissionId },
      ),
    );
    expect(error).toMatchObject({ reason: 'FAILURE', attempts: 1, lastState: status });
    expect(error.message).toContain(
      status === 'Cancelling' ? 'the job is being cancelled' : `the job ended ${status}: it went wrong`,
    );
  });
});
