import { createServer } from 'node:net';
import { getEventListeners } from 'node:events';
import { NetworkError } from '../src/errors/NetworkError';
import { RequestAbortedError } from '../src/errors/RequestAbortedError';
import { RequestTimeoutError } from '../src/errors/RequestTimeoutError';
import { captureError } from './support/captureError';
import { useFakeServer } from './support/useFakeServer';

const ws = 'w-fetch0123456';
const harness = useFakeServer();
const viaFetch = () => harness.client({ fetch: (input, init) => fetch(input, init) });

describe('a user-supplied fetch as the transport', () => {
  it('signs and sends every kind of request', async () => {
    const client = viaFetch();
    const created = await client.createRayCluster({ workspaceId: ws, body: { name: 'via-fetch' } });
    const cluster = await client.getRayCluster({ workspaceId: ws, clusterId: created.clusterId! });
    expect(cluster.name).toBe('via-fetch');
    await client.deleteRayCluster({
      workspaceId: ws,
      clusterId: harness.fake.seedCluster(ws, { state: 'Stopped' }),
    });
    expect(harness.fake.requests.map((r) => r.status)).toEqual([200, 200, 200]);
  });

  it('parses errors and retries like the default transport', async () => {
    const id = harness.fake.seedCluster(ws, { state: 'Running' });
    harness.fake.injectFault({ operation: 'GetRayCluster', times: 1, kind: 'throttle', retryAfterMs: 10 });
    harness.fake.injectFault({ operation: 'GetRayCluster', times: 1, kind: 'reset' });
    await expect(viaFetch().getRayCluster({ workspaceId: ws, clusterId: id })).resolves.toMatchObject({
      clusterId: id,
    });
    expect(harness.fake.requests).toHaveLength(3);
    await expect(viaFetch().getRayCluster({ workspaceId: ws, clusterId: 'ray-none' })).rejects.toMatchObject({
      name: 'ServiceError',
      code: 'RayCluster.NotFound',
    });
  });

  it('applies the timeout and the signal', async () => {
    harness.fake.injectFault({ operation: 'GetRayJob', kind: 'stall' });
    const timeout = await captureError(
      viaFetch().getRayJob({ workspaceId: ws, submissionId: 'rj-1' }, { timeoutMs: 50 }),
    );
    expect(timeout).toBeInstanceOf(RequestTimeoutError);
    const controller = new AbortController();
    const call = viaFetch().getRayJob(
      { workspaceId: ws, submissionId: 'rj-1' },
      { signal: controller.signal },
    );
    setTimeout(() => controller.abort(new Error('stop')), 30);
    const aborted = await captureError(call);
    expect(aborted).toBeInstanceOf(RequestAbortedError);
    expect((aborted.cause as Error).message).toBe('stop');
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it('reports a refused connection as a not-sent NetworkError', async () => {
    const port = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const { port: p } = server.address() as { port: number };
        server.close(() => resolve(p));
      });
    });
    const client = harness.client({
      endpoint: `http://127.0.0.1:${port}`,
      fetch: (i, n) => fetch(i, n),
      retry: false,
    });
    const error = await captureError(client.submitRayJob({ workspaceId: ws, body: {} }));
    expect(error).toBeInstanceOf(NetworkError);
    expect(error.notSent).toBe(true);
  });
});
