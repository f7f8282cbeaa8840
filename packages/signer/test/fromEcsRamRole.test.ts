import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fromEcsRamRole } from '../src/fromEcsRamRole';
import { startFakeImds, type FakeImds } from './support/fakeImds';

const MIN = 60_000;
let imds: FakeImds;

afterEach(async () => {
  await imds?.close();
});

function paths(fake: FakeImds): string[] {
  return fake.server.requests.map(
    (r) => `${r.method} ${r.url}${r.headers['x-aliyun-ecs-metadata-token'] ? ' +token' : ''}`,
  );
}

describe('fromEcsRamRole', () => {
  test('IMDSv2: token, role discovery, credentials', async () => {
    imds = await startFakeImds({ roleName: 'EmrRole', requireToken: true });
    const credentials = await fromEcsRamRole({ endpoint: imds.url, env: {} })();
    expect(credentials).toMatchObject({
      accessKeyId: 'STS.ecs',
      accessKeySecret: 'ecs-secret-value',
      securityToken: 'ecs-token-value',
      providerName: 'ecs_ram_role',
    });
    expect(credentials.expiration?.toISOString()).toBe('2030-01-01T00:00:00.000Z');
    expect(paths(imds)).toEqual([
      'PUT /latest/api/token',
      'GET /latest/meta-data/ram/security-credentials/ +token',
      'GET /latest/meta-data/ram/security-credentials/EmrRole +token',
    ]);
  });

  test('a configured role name (option or ALIBABA_CLOUD_ECS_METADATA) skips discovery', async () => {
    imds = await startFakeImds({ roleName: 'EmrRole' });
    await fromEcsRamRole({ endpoint: imds.url, env: { ALIBABA_CLOUD_ECS_METADATA: 'EmrRole' } })();
    await fromEcsRamRole({ endpoint: imds.url, env: {}, roleName: 'EmrRole' })();
    expect(paths(imds).filter((p) => p.includes('security-credentials/ '))).toEqual([]);
    expect(imds.served).toBe(2);
  });

  test('falls back to IMDSv1 when the token request fails', async () => {
    imds = await startFakeImds({ roleName: 'EmrRole', tokenFails: true });
    const credentials = await fromEcsRamRole({ endpoint: imds.url, env: {} })();
    expect(credentials.accessKeyId).toBe('STS.ecs');
    expect(paths(imds)).toEqual([
      'PUT /latest/api/token',
      'GET /latest/meta-data/ram/security-credentials/',
      'GET /latest/meta-data/ram/security-credentials/EmrRole',
    ]);
  });

  test('retries once without the token when the token was obtained but the v2 reads fail', async () => {
    imds = await startFakeImds({ roleName: 'EmrRole', failWithToken: true });
    expect((await fromEcsRamRole({ endpoint: imds.url, env: {} })()).accessKeyId).toBe('STS.ecs');
    expect(paths(imds)).toEqual([
      'PUT /latest/api/token',
      'GET /latest/meta-data/ram/security-credentials/ +token',
      'GET /latest/meta-data/ram/security-credentials/',
      'GET /latest/meta-data/ram/security-credentials/EmrRole',
    ]);
  });

  test('ALIBABA_CLOUD_IMDSV1_DISABLED=true (or disableImdsV1) forbids the v1 fallback', async () => {
    imds = await startFakeImds({ roleName: 'EmrRole', tokenFails: true });
    const error = fromEcsRamRole({ endpoint: imds.url, env: { ALIBABA_CLOUD_IMDSV1_DISABLED: 'true' } })();
    await expect(error).rejects.toMatchObject({
      name: 'CredentialsError',
      source: 'ecs_ram_role',
      code: 'CredentialsRequestFailed',
    });
    await expect(error).rejects.toThrow(/IMDSv1 is disabled/);
    await expect(fromEcsRamRole({ endpoint: imds.url, env: {}, disableImdsV1: true })()).rejects.toThrow(
      /IMDSv1 is disabled/,
    );
    expect(paths(imds)).toEqual(['PUT /latest/api/token', 'PUT /latest/api/token']);
  });

  test('ALIBABA_CLOUD_ECS_METADATA_DISABLED=true makes no request at all', async () => {
    imds = await startFakeImds({ roleName: 'EmrRole' });
    await expect(
      fromEcsRamRole({ endpoint: imds.url, env: { ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true' } })(),
    ).rejects.toMatchObject({
      code: 'CredentialsNotFound',
      message: expect.stringMatching(/ALIBABA_CLOUD_ECS_METADATA_DISABLED/),
    });
    expect(imds.server.requests).toHaveLength(0);
  });

  test('no role attached, a Code other than Success, or a bad Expiration are clear errors', async () => {
    imds = await startFakeImds({});
    await expect(fromEcsRamRole({ endpoint: imds.url, env: {} })()).rejects.toThrow(/no RAM role attached/);
    imds.options.roleName = 'EmrRole';
    imds.code = 'Failed';
    await expect(fromEcsRamRole({ endpoint: imds.url, env: {} })()).rejects.toThrow(/Code is "Failed"/);
    imds.code = 'Success';
    imds.expiration = 'tomorrow';
    await expect(fromEcsRamRole({ endpoint: imds.url, env: {} })()).rejects.toMatchObject({
      code: 'CredentialsInvalid',
    });
  });

  test('caches until 15 minutes before expiry, then refreshes; a failing refresh serves the cache', async () => {
    imds = await startFakeImds({ roleName: 'EmrRole' });
    const clock = { t: Date.parse('2030-01-01T00:00:00Z') - 60 * MIN };
    const provider = fromEcsRamRole({ endpoint: imds.url, env: {}, now: () => clock.t });
    await provider();
    await provider();
    expect(imds.served).toBe(1);
    clock.t += 46 * MIN;
    imds.expiration = '2030-01-01T01:00:00Z';
    expect((await provider()).expiration?.toISOString()).toBe('2030-01-01T01:00:00.000Z');
    expect(imds.served).toBe(2);
    clock.t += 60 * MIN; // 00:46, stale again with 14 min left
    imds.code = 'Failed';
    expect((await provider()).expiration?.toISOString()).toBe('2030-01-01T01:00:00.000Z');
    expect(imds.server.requests.at(-1)?.url).toBe('/latest/meta-data/ram/security-credentials/EmrRole');
    clock.t += 15 * MIN; // 01:01, expired
    await expect(provider()).rejects.toThrow(/Code is "Failed"/);
  });

  test('times out after timeoutMs (1 s by default) per request', async () => {
    const sockets = new Set<import('node:net').Socket>();
    const silent: Server = createServer(() => {
      // never answers
    });
    silent.on('connection', (socket) => sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    imds = { close: async () => undefined } as unknown as FakeImds;
    try {
      const endpoint = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
      const started = Date.now();
      await expect(
        fromEcsRamRole({ endpoint, env: { ALIBABA_CLOUD_IMDSV1_DISABLED: 'true' }, timeoutMs: 200 })(),
      ).rejects.toThrow(/timed out after 200 ms/);
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  test('a caller abort rejects with signal.reason', async () => {
    imds = await startFakeImds({ roleName: 'EmrRole' });
    const reason = new Error('cancelled');
    await expect(
      fromEcsRamRole({ endpoint: imds.url, env: {} })({ signal: AbortSignal.abort(reason) }),
    ).rejects.toBe(reason);
  });
});
