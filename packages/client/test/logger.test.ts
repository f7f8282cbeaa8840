import { startFakeServer, type FakeServer } from '@emr-ray/fixtures';
import { createClient } from '../src/createClient';
import type { EmrRayClient } from '../src/EmrRayClient';
import { captureError } from './support/captureError';

const ws = 'w-logger012345';
const sts = {
  accessKeyId: 'STS.logger-ak',
  accessKeySecret: 'LoggerSecretValue0001',
  securityToken: 'LoggerStsTokenValue0002',
};
let fake: FakeServer;
let client: EmrRayClient | undefined;

beforeAll(async () => {
  fake = await startFakeServer({ credentials: [sts] });
});
afterEach(() => client?.destroy());
afterAll(() => fake.close());

describe('logger', () => {
  it('gets one summary line per attempt, and redacted wire detail on debug', async () => {
    const info: string[] = [];
    const debug: string[] = [];
    client = createClient({
      endpoint: fake.endpoint,
      credentials: sts,
      retry: { baseDelayMs: 1 },
      logger: { info: (l) => info.push(l), debug: (l) => debug.push(l) },
    });
    const id = fake.seedCluster(ws, { state: 'Running' });
    fake.injectFault({
      operation: 'GetRayCluster',
      times: 1,
      kind: 'error',
      status: 503,
      code: 'ServiceUnavailable',
    });
    const cluster = await client.getRayCluster({ workspaceId: ws, clusterId: id });
    expect(cluster.submitToken).toBeTruthy();
    expect(cluster.dashboardUrl).toMatch(/token=/);

    expect(info).toHaveLength(2);
    const [first, second] = info;
    expect(first).toMatch(
      new RegExp(
        `^emr-ray GetRayCluster attempt=1 status=503 code=ServiceUnavailable durationMs=\\d+ requestId=${fake.requests[0]!.requestId} retryInMs=\\d+ workspaceId=${ws}, clusterId=${id}$`,
      ),
    );
    expect(second).toMatch(
      new RegExp(
        `^emr-ray GetRayCluster attempt=2 status=200 durationMs=\\d+ requestId=${cluster.requestId} `,
      ),
    );

    expect(debug.length).toBe(4);
    expect(debug[0]).toContain(`emr-ray > GET ${fake.endpoint}/api/v1/workspaces/${ws}/rayCluster/${id}`);
    expect(debug[0]).toContain('"x-acs-action":"GetRayCluster"');
    expect(debug[0]).toContain('"authorization":"[REDACTED]"');
    expect(debug[0]).toContain('"x-acs-security-token":"[REDACTED]"');
    expect(debug[3]).toContain('"submitToken":"[REDACTED]"');
    expect(debug[3]).toContain(`"clusterId":"${id}"`);

    const everything = [...info, ...debug].join('\n');
    for (const secret of [
      sts.accessKeySecret,
      sts.securityToken,
      cluster.submitToken!,
      new URL(cluster.dashboardUrl!).searchParams.get('token')!,
    ]) {
      expect(everything).not.toContain(secret);
    }
    const signature = /Signature=([0-9a-f]+)/.exec(fake.requests[1]!.headers.authorization!)![1]!;
    expect(everything).not.toContain(signature);
  });

  it('a function logger gets the summaries only; a failing call is logged too', async () => {
    const lines: string[] = [];
    client = createClient({ endpoint: fake.endpoint, credentials: sts, logger: (l) => lines.push(l) });
    await captureError(client.getRayJob({ workspaceId: ws, submissionId: 'rj-none' }));
    expect(lines).toEqual([
      expect.stringMatching(
        /^emr-ray GetRayJob attempt=1 status=404 code=RayJob\.NotFound durationMs=\d+ requestId=\S+ workspaceId=/,
      ),
    ]);
  });

  it('GetRayLog access URLs are redacted in debug output', async () => {
    const debug: string[] = [];
    client = createClient({
      endpoint: fake.endpoint,
      credentials: sts,
      logger: { debug: (l) => debug.push(l) },
    });
    const jobId = fake.seedJob(ws, { status: 'Succeeded' });
    const logs = await client.listRayLogs({ workspaceId: ws, instanceId: jobId, maxKeys: 1 });
    const log = await client.getRayLog({
      workspaceId: ws,
      instanceId: jobId,
      path: logs.data!.objectList![0]!.path!,
    });
    const query = new URL(log.data!.accessUrl!).search;
    expect(query.length).toBeGreaterThan(5);
    const text = debug.join('\n');
    for (const value of new URLSearchParams(query).values()) {
      if (value.length > 8) expect(text).not.toContain(value);
    }
    expect(text).toContain('emr-ray GetRayLog attempt=1 status=200');
  });

  it('a throwing logger does not break the call', async () => {
    client = createClient({
      endpoint: fake.endpoint,
      credentials: sts,
      logger: () => {
        throw new Error('disk full');
      },
    });
    const id = fake.seedCluster(ws, { state: 'Running' });
    await expect(client.getRayCluster({ workspaceId: ws, clusterId: id })).resolves.toMatchObject({
      clusterId: id,
    });
  });
});
