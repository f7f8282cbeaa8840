import { getEventListeners } from 'node:events';
import { RequestAbortedError } from '../src/errors/RequestAbortedError';
import { RequestTimeoutError } from '../src/errors/RequestTimeoutError';
import { captureError } from './support/captureError';
import { useFakeServer } from './support/useFakeServer';

const ws = 'w-timeout012345';
const harness = useFakeServer();
const sent = (operation: string) => harness.fake.requests.filter((r) => r.operation === operation);

describe('timeouts', () => {
  it('times out a stalled attempt and retries a read', async () => {
    const id = harness.fake.seedCluster(ws, { state: 'Running' });
    harness.fake.injectFault({ operation: 'GetRayCluster', times: 1, kind: 'stall' });
    const cluster = await harness
      .client({ timeoutMs: 100 })
      .getRayCluster({ workspaceId: ws, clusterId: id });
    expect(cluster.clusterId).toBe(id);
    expect(sent('GetRayCluster')).toHaveLength(2);
  });

  it('fails with RequestTimeoutError naming the operation, the ids and the timeout', async () => {
    const id = harness.fake.seedCluster(ws, { state: 'Running' });
    harness.fake.injectFault({ operation: 'GetRayCluster', kind: 'stall' });
    const started = Date.now();
    const error = await captureError(
      harness
        .client({ retry: { maxAttempts: 2, baseDelayMs: 1 } })
        .getRayCluster({ workspaceId: ws, clusterId: id }, { timeoutMs: 80 }),
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
    expect(error).toBeInstanceOf(RequestTimeoutError);
    expect(error).toMatchObject({ code: 'RequestTimeout', timeoutMs: 80, operation: 'GetRayCluster' });
    expect(error.message).toBe(
      `GetRayCluster(workspaceId=${ws}, clusterId=${id}) timed out after 80 ms (attempt 2)`,
    );
  });

  it('does not repeat a timed-out CreateRayCluster', async () => {
    harness.fake.injectFault({ operation: 'CreateRayCluster', kind: 'stall' });
    const error = await captureError(
      harness.client({ timeoutMs: 60 }).createRayCluster({ workspaceId: ws, body: { name: 'x' } }),
    );
    expect(error).toBeInstanceOf(RequestTimeoutError);
    expect(sent('CreateRayCluster')).toHaveLength(1);
  });

  it('rejects a bad per-call timeout before sending', async () => {
    const error = await captureError(
      harness.client().getRayCluster({ workspaceId: ws, clusterId: 'c' }, { timeoutMs: -1 }),
    );
    expect(error).toMatchObject({ name: 'InvalidParameterError', parameter: 'timeoutMs' });
    expect(harness.fake.requests).toHaveLength(0);
  });
});

describe('aborts', () => {
  it('an already aborted signal fails before anything is sent, with the reason as cause', async () => {
    const reason = new Error('shutting down');
    const error = await captureError(
      harness
        .client()
        .getRayCluster({ workspaceId: ws, clusterId: 'c' }, { signal: AbortSignal.abort(reason) }),
    );
    expect(error).toBeInstanceOf(RequestAbortedError);
    expect(error.cause).toBe(reason);
    expect(error.message).toBe(`GetRayCluster(workspaceId=${ws}, clusterId=c) was aborted: shutting down`);
    expect(harness.fake.requests).toHaveLength(0);
  });

  it('aborts an attempt in flight, and removes its listener', async () => {
    const id = harness.fake.seedCluster(ws, { state: 'Running' });
    harness.fake.injectFault({ operation: 'GetRayCluster', kind: 'stall' });
    const controller = new AbortController();
    const call = harness
      .client()
      .getRayCluster({ workspaceId: ws, clusterId: id }, { signal: controller.signal });
    await waitFor(() => sent('GetRayCluster').length === 1);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(1);
    const reason = new Error('user cancelled');
    const started = Date.now();
    controller.abort(reason);
    const error = await captureError(call);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(error).toBeInstanceOf(RequestAbortedError);
    expect(error.cause).toBe(reason);
    expect(sent('GetRayCluster')).toHaveLength(1);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it('interrupts the wait between two attempts', async () => {
    harness.fake.injectFault({ operation: 'ListRayCluster', kind: 'throttle', retryAfterMs: 10_000 });
    const controller = new AbortController();
    const started = Date.now();
    const call = harness.client().listRayCluster({ workspaceId: ws }, { signal: controller.signal });
    await waitFor(() => sent('ListRayCluster').length === 1 && sent('ListRayCluster')[0]!.status === 400);
    controller.abort();
    const error = await captureError(call);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(error).toBeInstanceOf(RequestAbortedError);
    expect((error.cause as Error).name).toBe('AbortError');
    expect(sent('ListRayCluster')).toHaveLength(1);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it('works with AbortSignal.timeout as a deadline over all attempts', async () => {
    harness.fake.injectFault({ operation: 'GetRayJob', kind: 'stall' });
    const error = await captureError(
      harness
        .client()
        .getRayJob({ workspaceId: ws, submissionId: 'rj-1' }, { signal: AbortSignal.timeout(50) }),
    );
    expect(error).toBeInstanceOf(RequestAbortedError);
    expect((error.cause as Error).name).toBe('TimeoutError');
  });

  it('leaves no listener behind after successful calls', async () => {
    const id = harness.fake.seedCluster(ws, { state: 'Running' });
    const controller = new AbortController();
    const client = harness.client();
    for (let i = 0; i < 5; i++)
      await client.getRayCluster({ workspaceId: ws, clusterId: id }, { signal: controller.signal });
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });
});

async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((r) => setTimeout(r, 5));
  if (!condition()) throw new Error('condition not met in 1 s');
}
