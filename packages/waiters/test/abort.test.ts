import { getEventListeners } from 'node:events';
import { createClient, type EmrRayClient } from '@emr-ray/client';
import { startFakeServer, type FakeServer } from '@emr-ray/fixtures';
import { isWaiterError } from '../src/isWaiterError';
import { waitUntilRunning } from '../src/waitUntilRunning';
import { startManualFake, WORKSPACE } from './support/manualFake';
import { rejection } from './support/rejection';

const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;

describe('abort, real timers (the fake on its real clock, the cluster never leaves Starting)', () => {
  let fake: FakeServer;
  let client: EmrRayClient;
  let clusterId: string;
  beforeEach(async () => {
    fake = await startFakeServer({ transitions: { clusterStarting: 'manual' } });
    client = createClient({ endpoint: fake.endpoint, credentials: fake.credentials, retry: false });
    clusterId = fake.seedCluster(WORKSPACE, { state: 'Starting' });
  });
  afterEach(() => fake.close());

  it('an already-aborted signal sends nothing and rejects at once with ABORTED', async () => {
    const reason = new Error('deploy cancelled');
    const error = await rejection(
      waitUntilRunning(
        { client, maxWaitTime: 600, abortSignal: AbortSignal.abort(reason) },
        { workspaceId: WORKSPACE, clusterId },
      ),
    );
    expect(isWaiterError(error)).toBe(true);
    expect(error).toMatchObject({
      reason: 'ABORTED',
      code: 'WAITER_ABORTED',
      attempts: 0,
      cause: reason,
      lastState: undefined,
    });
    expect(error.message).toBe(
      `Aborted waiting for cluster ${clusterId} in workspace ${WORKSPACE} to be Running before the first call: the abort signal had already fired.`,
    );
    expect(fake.requests).toHaveLength(0);
  });

  it('an abort during a sleep wakes it at once and leaves no timer or listener', async () => {
    const controller = new AbortController();
    const timersBefore = timers();
    const started = performance.now();
    const error = await rejection(
      waitUntilRunning(
        {
          client,
          maxWaitTime: 600,
          minDelay: 60,
          maxDelay: 60,
          abortSignal: controller.signal,
          onProgress: () => setTimeout(() => controller.abort(new Error('stop now')), 30),
        },
        { workspaceId: WORKSPACE, clusterId },
      ),
    );
    // the sleep was 60 s: only an interrupted sleep ends within the test
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(error).toMatchObject({
      reason: 'ABORTED',
      attempts: 1,
      lastState: 'Starting',
      observed: { Starting: 1 },
    });
    expect((error.cause as Error).message).toBe('stop now');
    expect(error.message).toMatch(
      new RegExp(
        `^Aborted after [\\d.]+ s waiting for cluster ${clusterId} in workspace ${WORKSPACE} to be Running: 1 call, last state Starting \\(seen Starting 1 time\\)\\.$`,
      ),
    );
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
    expect(timers()).toBeLessThanOrEqual(timersBefore);
  });

  it('an abort during a call cancels the call', async () => {
    fake.injectFault({ operation: 'GetRayCluster', kind: 'stall' });
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('user pressed ctrl-c')), 50);
    const started = performance.now();
    const error = await rejection(
      waitUntilRunning(
        { client, maxWaitTime: 600, abortSignal: controller.signal },
        { workspaceId: WORKSPACE, clusterId },
      ),
    );
    // the client's own timeout is 30 s: only a cancelled call ends this soon
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(error).toMatchObject({ reason: 'ABORTED', attempts: 1, lastState: undefined, observed: {} });
    expect(error.message).toMatch(/: 1 call, no answer yet\.$/);
    expect((error.cause as Error).message).toBe('user pressed ctrl-c');
    expect((error.lastError as Error).name).toBe('RequestAbortedError');
    expect(fake.requests.filter((r) => r.operation === 'GetRayCluster')).toHaveLength(1);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it('AbortSignal.timeout() works as a deadline signal', async () => {
    const signal = AbortSignal.timeout(100);
    const error = await rejection(
      waitUntilRunning(
        { client, maxWaitTime: 600, minDelay: 0.02, maxDelay: 0.04, abortSignal: signal },
        { workspaceId: WORKSPACE, clusterId },
      ),
    );
    expect(error.reason).toBe('ABORTED');
    expect((error.cause as Error).name).toBe('TimeoutError');
    expect(error.attempts).toBeGreaterThan(1);
    expect(getEventListeners(signal, 'abort')).toHaveLength(0);
  });
});

describe('abort, manual clock', () => {
  it('is noticed after an injected sleep that ignores the signal', async () => {
    const { fake, client, clock } = await startManualFake();
    try {
      const clusterId = fake.seedCluster(WORKSPACE, { state: 'Starting' });
      const controller = new AbortController();
      let slept = 0;
      const sleep = async (ms: number) => {
        await clock.sleep(ms);
        if (++slept === 2) controller.abort('enough');
      };
      const error = await rejection(
        waitUntilRunning(
          { client, maxWaitTime: 600, ...clock, sleep, abortSignal: controller.signal },
          { workspaceId: WORKSPACE, clusterId },
        ),
      );
      expect(error).toMatchObject({ reason: 'ABORTED', attempts: 2, elapsedMs: 7500, cause: 'enough' });
      expect(fake.requests.filter((r) => r.operation === 'GetRayCluster')).toHaveLength(2);
    } finally {
      await fake.close();
    }
  });

  it('an abort from onProgress stops before the next sleep and call', async () => {
    const { fake, client, clock, sleeps } = await startManualFake();
    try {
      const clusterId = fake.seedCluster(WORKSPACE, { state: 'Starting' });
      const controller = new AbortController();
      const sleep = (ms: number, signal?: AbortSignal) =>
        signal?.aborted ? Promise.reject(signal.reason) : clock.sleep(ms);
      const error = await rejection(
        waitUntilRunning(
          {
            client,
            maxWaitTime: 600,
            ...clock,
            sleep,
            abortSignal: controller.signal,
            onProgress: (e) => e.attempt === 3 && controller.abort('now'),
          },
          { workspaceId: WORKSPACE, clusterId },
        ),
      );
      expect(error).toMatchObject({ reason: 'ABORTED', attempts: 3, cause: 'now' });
      expect(sleeps).toHaveLength(2);
    } finally {
      await fake.close();
    }
  });
});
