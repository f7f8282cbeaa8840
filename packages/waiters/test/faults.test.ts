import { createClient, isThrottlingError, type GetRayClusterResponse } from '@emr-ray/client';
import { waitUntilRunning } from '../src/waitUntilRunning';
import type { WaiterProgress } from '../src/WaiterProgress';
import { WORKSPACE } from './support/manualFake';
import { sleepThen } from './support/sleepThen';
import { useManualFake } from './support/useManualFake';

const setup = useManualFake();

const TWO_503S = {
  operation: 'GetRayCluster',
  kind: 'error',
  status: 503,
  code: 'ServiceUnavailable',
  times: 2,
} as const;

async function createCluster(): Promise<string> {
  // two workers: the node-phase hint (head and half the workers Running) only shows after 20 s
  const { clusterId } = await setup.client.createRayCluster({
    workspaceId: WORKSPACE,
    body: { name: 'faults', workerSpec: [{ groupName: 'g', replica: 2 }] },
  });
  return clusterId!;
}

describe('transient faults injected mid-wait (manual clock)', () => {
  it('503s, throttling and a connection reset are retried and counted; the wait still succeeds', async () => {
    const clusterId = await createCluster();
    const { client, clock, sleeps } = setup;
    const sleep = sleepThen(setup, 1, () => {
      setup.fake.injectFault(TWO_503S);
      setup.fake.injectFault({
        operation: 'GetRayCluster',
        kind: 'throttle',
        retryAfterMs: 20_000,
        times: 1,
      });
      setup.fake.injectFault({ operation: 'GetRayCluster', kind: 'reset', times: 1 });
    });
    const events: WaiterProgress<GetRayClusterResponse>[] = [];
    const result = await waitUntilRunning(
      { client, maxWaitTime: 600, ...clock, sleep, onProgress: (e) => events.push(e) },
      { workspaceId: WORKSPACE, clusterId },
    );
    expect(result.state).toBe('SUCCESS');
    expect(result.cluster.state).toBe('Running');
    expect(events.map((e) => e.state)).toEqual([
      'Starting',
      '503 ServiceUnavailable',
      '503 ServiceUnavailable',
      '400 Throttling.User',
      'NetworkError',
      'Running',
    ]);
    // the throttled call's hint (20 s) raises the next delay above the backoff's 16.5 s
    const throttled = events[3]!;
    expect(isThrottlingError(throttled.error)).toBe(true);
    expect(throttled.nextDelay).toBe(20);
    expect(sleeps).toEqual([3000, 4500, 9000, 20_000, 16_500]);
    expect(result).toMatchObject({ attempts: 6, elapsedMs: 53_000 });
  });

  it('a throttling hint above the backoff sets the next delay exactly', async () => {
    const clusterId = await createCluster();
    setup.fake.injectFault({ operation: 'GetRayCluster', kind: 'throttle', retryAfterMs: 12_345, times: 1 });
    const { client, clock, sleeps } = setup;
    await waitUntilRunning({ client, maxWaitTime: 600, ...clock }, { workspaceId: WORKSPACE, clusterId });
    expect(sleeps[0]).toBe(12_345);
    expect(sleeps[1]).toBe(4500);
  });

  it('faults are in the TIMEOUT error: observed counts and the last error', async () => {
    const clusterId = await createCluster();
    setup.fake.injectFault(TWO_503S);
    const { client, clock } = setup;
    const error = await waitUntilRunning(
      { client, maxWaitTime: 10, ...clock },
      { workspaceId: WORKSPACE, clusterId },
    ).catch((e) => e);
    expect(error).toMatchObject({
      reason: 'TIMEOUT',
      attempts: 4,
      observed: { '503 ServiceUnavailable': 2, Starting: 2 },
      lastState: 'Starting',
    });
    expect(error.lastError).toMatchObject({ statusCode: 503, code: 'ServiceUnavailable' });
    expect(error.message).toBe(
      `Timed out after 10 s waiting for cluster ${clusterId} in workspace ${WORKSPACE} to be Running: 4 calls, ` +
        'last state Starting (seen 503 ServiceUnavailable 2 times, Starting 2 times).',
    );
  });

  it('a call that times out (stalled server) is retried as RequestTimeoutError', async () => {
    const clusterId = await createCluster();
    const client = createClient({
      endpoint: setup.fake.endpoint,
      credentials: setup.fake.credentials,
      retry: false,
      timeoutMs: 100,
    });
    setup.fake.injectFault({ operation: 'GetRayCluster', kind: 'stall', times: 1 });
    const states: string[] = [];
    const result = await waitUntilRunning(
      { client, maxWaitTime: 600, ...setup.clock, onProgress: (e) => states.push(e.state) },
      { workspaceId: WORKSPACE, clusterId },
    );
    expect(result.state).toBe('SUCCESS');
    expect(states[0]).toBe('RequestTimeoutError');
    expect(setup.fake.requests.filter((r) => r.operation === 'GetRayCluster')).toHaveLength(result.attempts);
  });

  it("with the client's own retries on, the wait also succeeds through faults", async () => {
    const clusterId = await createCluster();
    const client = createClient({ endpoint: setup.fake.endpoint, credentials: setup.fake.credentials });
    setup.fake.injectFault(TWO_503S);
    const result = await waitUntilRunning(
      { client, maxWaitTime: 600, ...setup.clock },
      { workspaceId: WORKSPACE, clusterId },
    );
    expect(result.state).toBe('SUCCESS');
  });
});
