import { createServer } from 'node:net';
import { createClient } from '../src/createClient';
import { NetworkError } from '../src/errors/NetworkError';
import { ServiceError } from '../src/errors/ServiceError';
import { ThrottlingError } from '../src/errors/ThrottlingError';
import { captureError } from './support/captureError';
import { useFakeServer } from './support/useFakeServer';

const ws = 'w-retry0123456';
const harness = useFakeServer();

const sent = (operation: string) => harness.fake.requests.filter((r) => r.operation === operation);

describe('retries', () => {
  it('retries a 5xx of an idempotent operation and signs each attempt afresh', async () => {
    const id = harness.fake.seedCluster(ws, { state: 'Running' });
    harness.fake.injectFault({
      operation: 'GetRayCluster',
      times: 2,
      kind: 'error',
      status: 503,
      code: 'ServiceUnavailable',
    });
    const cluster = await harness.client().getRayCluster({ workspaceId: ws, clusterId: id });
    expect(cluster.clusterId).toBe(id);
    const attempts = sent('GetRayCluster');
    expect(attempts.map((r) => r.status)).toEqual([503, 503, 200]);
    const nonces = new Set(attempts.map((r) => r.headers['x-acs-signature-nonce']));
    const signatures = new Set(attempts.map((r) => r.headers.authorization));
    expect(nonces.size).toBe(3);
    expect(signatures.size).toBe(3);
  });

  it('gives up after maxAttempts with the last ServiceError', async () => {
    const id = harness.fake.seedCluster(ws, { state: 'Running' });
    harness.fake.injectFault({
      operation: 'GetRayCluster',
      kind: 'error',
      status: 500,
      code: 'InternalError',
      message: 'boom',
    });
    const error = await captureError(harness.client().getRayCluster({ workspaceId: ws, clusterId: id }));
    expect(error).toBeInstanceOf(ServiceError);
    expect(error).toMatchObject({ code: 'InternalError', statusCode: 500, operation: 'GetRayCluster' });
    expect(error.message).toContain(
      `GetRayCluster(workspaceId=${ws}, clusterId=${id}) failed with HTTP 500 InternalError: boom`,
    );
    expect(sent('GetRayCluster')).toHaveLength(3);
  });

  it('honours retry.maxAttempts and retry: false', async () => {
    const id = harness.fake.seedCluster(ws, { state: 'Running' });
    harness.fake.injectFault({
      operation: 'GetRayCluster',
      kind: 'error',
      status: 503,
      code: 'ServiceUnavailable',
    });
    await captureError(
      harness
        .client({ retry: { maxAttempts: 5, baseDelayMs: 1 } })
        .getRayCluster({ workspaceId: ws, clusterId: id }),
    );
    expect(sent('GetRayCluster')).toHaveLength(5);
    harness.fake.reset();
    harness.fake.injectFault({
      operation: 'GetRayCluster',
      kind: 'error',
      status: 503,
      code: 'ServiceUnavailable',
    });
    await captureError(
      harness.client({ retry: false }).getRayCluster({ workspaceId: ws, clusterId: 'ray-x' }),
    );
    expect(sent('GetRayCluster')).toHaveLength(1);
  });

  it.each(['CreateRayCluster', 'UpdateRayCluster', 'SubmitRayJob'] as const)(
    'does not repeat a non-idempotent %s after a 5xx (it may have been executed)',
    async (operation) => {
      const id = harness.fake.seedCluster(ws, { state: 'Running' });
      harness.fake.injectFault({ operation, kind: 'error', status: 503, code: 'ServiceUnavailable' });
      const client = harness.client();
      const call =
        operation === 'CreateRayCluster'
          ? client.createRayCluster({ workspaceId: ws, body: { name: 'a' } })
          : operation === 'UpdateRayCluster'
            ? client.updateRayCluster({ workspaceId: ws, clusterId: id, body: { name: 'b' } })
            : client.submitRayJob({ workspaceId: ws, body: { name: 'j', entrypoint: 'python x.py' } });
      const error = await captureError(call);
      expect(error).toMatchObject({ name: 'ServiceError', statusCode: 503 });
      expect(sent(operation)).toHaveLength(1);
    },
  );

  it('repeats StartRayCluster after a 5xx with the same clientToken', async () => {
    const id = harness.fake.seedCluster(ws, { state: 'Stopped' });
    harness.fake.injectFault({
      operation: 'StartRayCluster',
      times: 2,
      kind: 'error',
      status: 502,
      code: 'BadGateway',
    });
    await harness.client().startRayCluster({ workspaceId: ws, clusterId: id });
    const attempts = sent('StartRayCluster');
    expect(attempts.map((r) => r.status)).toEqual([502, 502, 200]);
    const tokens = attempts.map((r) => JSON.parse(r.body).clientToken);
    expect(new Set(tokens).size).toBe(1);
    expect(tokens[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(harness.fake.peekCluster(ws, id).state).toBe('Starting');
  });

  it('two StartRayCluster calls get different tokens', async () => {
    const id = harness.fake.seedCluster(ws, { state: 'Stopped' });
    const client = harness.client();
    await client.startRayCluster({ workspaceId: ws, clusterId: id });
    await client.startRayCluster({ workspaceId: ws, clusterId: id });
    const tokens = sent('StartRayCluster').map((r) => JSON.parse(r.body).clientToken);
    expect(tokens[0]).not.toBe(tokens[1]);
  });

  it('retries throttling even for CreateRayCluster, waiting the TimeLeft of the rate-limit header', async () => {
    harness.fake.injectFault({
      operation: 'CreateRayCluster',
      times: 1,
      kind: 'throttle',
      retryAfterMs: 120,
    });
    const lines: string[] = [];
    const started = Date.now();
    const created = await harness
      .client({ logger: (line) => lines.push(line) })
      .createRayCluster({ workspaceId: ws, body: { name: 'c' } });
    expect(Date.now() - started).toBeGreaterThanOrEqual(115);
    expect(created.clusterId).toMatch(/^ray-/);
    const attempts = sent('CreateRayCluster');
    expect(attempts.map((r) => r.status)).toEqual([400, 200]);
    expect(lines[0]).toMatch(/attempt=1 status=400 code=Throttling\.User .* retryInMs=(12\d)\b/);
  });

  it('fails at once when the gateway asks for a longer wait than maxRetryAfterMs', async () => {
    harness.fake.injectFault({ operation: 'ListRayCluster', kind: 'throttle', retryAfterMs: 60_000 });
    const error = await captureError(harness.client().listRayCluster({ workspaceId: ws }));
    expect(error).toBeInstanceOf(ThrottlingError);
    expect(error).toMatchObject({ code: 'Throttling.User', retryAfterMs: 60_000, statusCode: 400 });
    expect(sent('ListRayCluster')).toHaveLength(1);
  });

  it('rides out the fake rate limit', async () => {
    harness.fake.setRateLimit('GetRayJob', { requests: 1, perMs: 150 });
    const id = harness.fake.seedJob(ws, { status: 'Running' });
    const client = harness.client();
    const [a, b] = await Promise.all([
      client.getRayJob({ workspaceId: ws, submissionId: id }),
      client.getRayJob({ workspaceId: ws, submissionId: id }),
    ]);
    expect(a.submissionId).toBe(id);
    expect(b.submissionId).toBe(id);
    const statuses = sent('GetRayJob').map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(2);
    expect(statuses).toContain(400);
  });

  it('does not retry a 4xx that is not throttling', async () => {
    const error = await captureError(
      harness.client().getRayCluster({ workspaceId: ws, clusterId: 'ray-missing' }),
    );
    expect(error).toMatchObject({ name: 'ServiceError', code: 'RayCluster.NotFound', statusCode: 404 });
    expect(error.requestId).toBe(sent('GetRayCluster')[0]!.requestId);
    expect(sent('GetRayCluster')).toHaveLength(1);
  });

  it('retries a reset connection for a read, but not for SubmitRayJob', async () => {
    const id = harness.fake.seedCluster(ws, { state: 'Running' });
    harness.fake.injectFault({ operation: 'GetRayCluster', times: 1, kind: 'reset' });
    await expect(harness.client().getRayCluster({ workspaceId: ws, clusterId: id })).resolves.toMatchObject({
      clusterId: id,
    });
    expect(sent('GetRayCluster')).toHaveLength(2);

    harness.fake.injectFault({ operation: 'SubmitRayJob', kind: 'reset' });
    const error = await captureError(harness.client().submitRayJob({ workspaceId: ws, body: { name: 'j' } }));
    expect(error).toBeInstanceOf(NetworkError);
    expect(error.notSent).toBe(false);
    expect(error.message).toMatch(new RegExp(`^SubmitRayJob\\(workspaceId=${ws}\\) failed: `));
    expect(sent('SubmitRayJob')).toHaveLength(1);
  });

  it('retries a malformed or truncated success body for a read only', async () => {
    const id = harness.fake.seedCluster(ws, { state: 'Running' });
    harness.fake.injectFault({ operation: 'GetRayCluster', times: 1, kind: 'malformed' });
    harness.fake.injectFault({ operation: 'GetRayCluster', times: 1, kind: 'truncated' });
    await expect(harness.client().getRayCluster({ workspaceId: ws, clusterId: id })).resolves.toMatchObject({
      clusterId: id,
    });
    expect(sent('GetRayCluster')).toHaveLength(3);

    harness.fake.injectFault({ operation: 'CreateRayCluster', times: 1, kind: 'malformed' });
    const error = await captureError(
      harness.client().createRayCluster({ workspaceId: ws, body: { name: 'm' } }),
    );
    expect(error).toMatchObject({ name: 'NetworkError', code: 'MalformedResponse' });
    expect(error.message).toMatch(/HTTP 200 with a body that is not a JSON object/);
    expect(sent('CreateRayCluster')).toHaveLength(1);
  });

  it('turns a failed business envelope into a ServiceError', async () => {
    const jobId = harness.fake.seedJob(ws, { status: 'Succeeded' });
    const error = await captureError(
      harness.client().getRayLog({ workspaceId: ws, instanceId: jobId, path: 'no/such/file.log' }),
    );
    expect(error).toBeInstanceOf(ServiceError);
    expect(error).toMatchObject({ code: 'RayLog.NotFound', statusCode: 200, operation: 'GetRayLog' });
    expect(error.message).toContain('The log file no/such/file.log does not exist.');
    harness.fake.injectFault({
      operation: 'ListRayLogs',
      kind: 'envelope',
      code: '2000001',
      message: 'oss unavailable',
    });
    await expect(harness.client().listRayLogs({ workspaceId: ws, instanceId: jobId })).rejects.toMatchObject({
      code: '2000001',
    });
  });

  it('repeats any operation when the connection was refused (the request never left)', async () => {
    const port = await closedPort();
    const lines: string[] = [];
    const client = createClient({
      endpoint: `http://127.0.0.1:${port}`,
      credentials: { accessKeyId: 'ak', accessKeySecret: 'sk' },
      retry: { baseDelayMs: 1, maxDelayMs: 2 },
      logger: (line) => lines.push(line),
    });
    const error = await captureError(client.createRayCluster({ workspaceId: ws, body: { name: 'x' } }));
    client.destroy();
    expect(error).toBeInstanceOf(NetworkError);
    expect(error.notSent).toBe(true);
    expect(error.message).toContain('ECONNREFUSED');
    expect(lines).toHaveLength(3);
    expect(lines.map((l) => /attempt=(\d)/.exec(l)?.[1])).toEqual(['1', '2', '3']);
  });
});

function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
