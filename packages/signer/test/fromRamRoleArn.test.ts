import { inspect } from 'node:util';
import { fromRamRoleArn } from '../src/fromRamRoleArn';
import { staticCredentials } from '../src/staticCredentials';
import { startFakeSts, type FakeSts } from './support/fakeSts';

const SOURCE_SECRET = 'source-secret-abcdef';
const SOURCE_TOKEN = 'source-token-uvwxyz/+=';
const ROLE = 'acs:ram::123456:role/emr-ray';
let sts: FakeSts;

beforeEach(async () => {
  sts = await startFakeSts({
    secrets: { SRCAK: { secret: SOURCE_SECRET }, SRCSTS: { secret: SOURCE_SECRET, token: SOURCE_TOKEN } },
  });
});
afterEach(() => sts.close());

describe('fromRamRoleArn', () => {
  test('AssumeRole signed with V2 HMAC-SHA1 (verified by the local STS), form body, provider header', async () => {
    const provider = fromRamRoleArn({
      source: { accessKeyId: 'SRCAK', accessKeySecret: SOURCE_SECRET },
      roleArn: ROLE,
      roleSessionName: 'session-1',
      durationSeconds: 1800,
      policy: '{"Statement":[]}',
      externalId: 'ext',
      stsEndpoint: sts.url,
      env: {},
    });
    const credentials = await provider();
    expect(credentials).toMatchObject({
      accessKeyId: 'STS.issued',
      accessKeySecret: 'issued-secret-value',
      securityToken: 'issued-token-value',
      providerName: 'ram_role_arn/static_ak',
    });
    expect(credentials.expiration?.toISOString()).toBe('2030-01-01T00:00:00.000Z');
    const [call] = sts.calls;
    expect(call?.params).toMatchObject({
      Action: 'AssumeRole',
      Version: '2015-04-01',
      Format: 'JSON',
      SignatureMethod: 'HMAC-SHA1',
      SignatureVersion: '1.0',
      AccessKeyId: 'SRCAK',
      RoleArn: ROLE,
      RoleSessionName: 'session-1',
      DurationSeconds: '1800',
      Policy: '{"Statement":[]}',
      ExternalId: 'ext',
    });
    expect(call?.params.Timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(call?.params.SecurityToken).toBeUndefined();
    expect(call?.headers['x-acs-credentials-provider']).toBe('static_ak');
    // RoleArn etc. travel in the body, not the query
    expect(sts.server.requests[0]?.url).not.toContain('RoleArn');
  });

  test('STS source credentials (a provider) send their SecurityToken', async () => {
    const provider = fromRamRoleArn({
      source: staticCredentials({
        accessKeyId: 'SRCSTS',
        accessKeySecret: SOURCE_SECRET,
        securityToken: SOURCE_TOKEN,
      }),
      roleArn: ROLE,
      stsEndpoint: sts.url,
      env: {},
    });
    expect((await provider()).providerName).toBe('ram_role_arn/static_sts');
    expect(sts.calls[0]?.params.SecurityToken).toBe(SOURCE_TOKEN);
    expect(sts.calls[0]?.params.DurationSeconds).toBe('3600');
  });

  test('role ARN and session name default to the env', async () => {
    const provider = fromRamRoleArn({
      source: { accessKeyId: 'SRCAK', accessKeySecret: SOURCE_SECRET },
      stsEndpoint: sts.url,
      env: { ALIBABA_CLOUD_ROLE_ARN: ROLE, ALIBABA_CLOUD_ROLE_SESSION_NAME: 'from-env' },
    });
    await provider();
    expect(sts.calls[0]?.params).toMatchObject({ RoleArn: ROLE, RoleSessionName: 'from-env' });
    await expect(
      fromRamRoleArn({
        source: { accessKeyId: 'SRCAK', accessKeySecret: SOURCE_SECRET },
        stsEndpoint: sts.url,
        env: {},
      })(),
    ).rejects.toMatchObject({
      code: 'CredentialsNotFound',
      source: 'ram_role_arn',
      message: expect.stringMatching(/ALIBABA_CLOUD_ROLE_ARN/),
    });
  });

  test('a wrong source secret: the error says so without echoing STS string to sign or any secret', async () => {
    const provider = fromRamRoleArn({
      source: { accessKeyId: 'SRCSTS', accessKeySecret: 'wrong-secret-value', securityToken: SOURCE_TOKEN },
      roleArn: ROLE,
      stsEndpoint: sts.url,
      env: {},
    });
    const error = await provider().then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error).toMatchObject({
      name: 'CredentialsError',
      code: 'CredentialsRequestFailed',
      source: 'ram_role_arn',
    });
    expect(error?.message).toMatch(
      /HTTP 400 SignatureDoesNotMatch: the access key secret of the source credentials is invalid/,
    );
    for (const text of [error?.message, inspect(error), JSON.stringify(error)]) {
      expect(text).not.toContain('wrong-secret-value');
      expect(text).not.toContain(SOURCE_TOKEN);
      expect(text).not.toContain(encodeURIComponent(SOURCE_TOKEN));
    }
  });

  test('other STS errors keep their code and message with secrets scrubbed', async () => {
    sts.failWith = {
      status: 403,
      body: { Code: 'NoPermission', Message: `You are not authorized, token ${SOURCE_TOKEN}` },
    };
    const provider = fromRamRoleArn({
      source: { accessKeyId: 'SRCSTS', accessKeySecret: SOURCE_SECRET, securityToken: SOURCE_TOKEN },
      roleArn: ROLE,
      stsEndpoint: sts.url,
      env: {},
    });
    const error = (await provider().catch((e: unknown) => e)) as Error;
    expect(error.message).toMatch(/HTTP 403 NoPermission: You are not authorized, token <redacted>/);
    expect(error.message).not.toContain(SOURCE_TOKEN);
  });

  test('refreshes 15 minutes before expiry; concurrent callers share one AssumeRole', async () => {
    const clock = { t: Date.parse('2030-01-01T00:00:00Z') - 60 * 60_000 };
    const provider = fromRamRoleArn({
      source: { accessKeyId: 'SRCAK', accessKeySecret: SOURCE_SECRET },
      roleArn: ROLE,
      stsEndpoint: sts.url,
      env: {},
      now: () => clock.t,
    });
    await Promise.all(Array.from({ length: 10 }, () => provider()));
    expect(sts.calls).toHaveLength(1);
    clock.t += 44 * 60_000;
    await provider();
    expect(sts.calls).toHaveLength(1);
    clock.t += 2 * 60_000;
    sts.issue = { ...sts.issue, accessKeyId: 'STS.second', expiration: '2030-01-01T01:00:00Z' };
    const refreshed = await Promise.all(Array.from({ length: 10 }, () => provider()));
    expect(refreshed.map((c) => c.accessKeyId)).toEqual(Array(10).fill('STS.second'));
    expect(sts.calls).toHaveLength(2);
  });

  test('durationSeconds below 900 is refused at creation', () => {
    expect(() =>
      fromRamRoleArn({
        source: { accessKeyId: 'A', accessKeySecret: 'S' },
        roleArn: ROLE,
        durationSeconds: 600,
      }),
    ).toThrow(/durationSeconds must be an integer of at least 900, got 600/);
  });

  test('an endpoint without scheme means https; the region picks sts.<region> / sts-vpc.<region>', async () => {
    const { resolveStsEndpoint } = await import('../src/resolveStsEndpoint');
    expect(resolveStsEndpoint({ stsEndpoint: 'sts.example.com' }, {}).href).toBe('https://sts.example.com/');
    expect(resolveStsEndpoint({}, {}).href).toBe('https://sts.aliyuncs.com/');
    expect(resolveStsEndpoint({}, { ALIBABA_CLOUD_STS_REGION: 'cn-hangzhou' }).href).toBe(
      'https://sts.cn-hangzhou.aliyuncs.com/',
    );
    expect(
      resolveStsEndpoint(
        {},
        { ALIBABA_CLOUD_STS_REGION: 'cn-hangzhou', ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED: 'true' },
      ).href,
    ).toBe('https://sts-vpc.cn-hangzhou.aliyuncs.com/');
    expect(resolveStsEndpoint({ stsRegion: 'cn-beijing', enableVpc: true }, {}).href).toBe(
      'https://sts-vpc.cn-beijing.aliyuncs.com/',
    );
  });
});
