import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fromOidcRoleArn } from '../src/fromOidcRoleArn';
import { startFakeSts, type FakeSts } from './support/fakeSts';
import { makeTempDir } from './support/tempDir';

const ROLE = 'acs:ram::123456:role/emr-ray';
const PROVIDER = 'acs:ram::123456:oidc-provider/ack-rrsa';
let sts: FakeSts;
let temp: Awaited<ReturnType<typeof makeTempDir>>;

beforeEach(async () => {
  sts = await startFakeSts({ secrets: {}, oidcToken: 'oidc-token-one' });
  temp = await makeTempDir();
});
afterEach(async () => {
  await sts.close();
  await temp.cleanup();
});

describe('fromOidcRoleArn', () => {
  test('AssumeRoleWithOIDC from the env variables, unsigned, token read from the file', async () => {
    const tokenFile = join(temp.dir, 'token');
    await writeFile(tokenFile, 'oidc-token-one\n');
    const env = {
      ALIBABA_CLOUD_ROLE_ARN: ROLE,
      ALIBABA_CLOUD_OIDC_PROVIDER_ARN: PROVIDER,
      ALIBABA_CLOUD_OIDC_TOKEN_FILE: tokenFile,
    };
    const credentials = await fromOidcRoleArn({ env, stsEndpoint: sts.url })();
    expect(credentials).toMatchObject({ accessKeyId: 'STS.issued', providerName: 'oidc_role_arn' });
    expect(sts.calls[0]?.params).toMatchObject({
      Action: 'AssumeRoleWithOIDC',
      Version: '2015-04-01',
      RoleArn: ROLE,
      OIDCProviderArn: PROVIDER,
      OIDCToken: 'oidc-token-one',
      DurationSeconds: '3600',
    });
    expect(sts.calls[0]?.params.Signature).toBeUndefined();
    expect(sts.calls[0]?.params.AccessKeyId).toBeUndefined();
  });

  test('re-reads the token file on each refresh', async () => {
    const tokenFile = join(temp.dir, 'token');
    await writeFile(tokenFile, 'oidc-token-one');
    const clock = { t: Date.parse('2030-01-01T00:00:00Z') - 60 * 60_000 };
    const provider = fromOidcRoleArn({
      roleArn: ROLE,
      oidcProviderArn: PROVIDER,
      oidcTokenFile: tokenFile,
      stsEndpoint: sts.url,
      env: {},
      now: () => clock.t,
    });
    await provider();
    await writeFile(tokenFile, 'oidc-token-rotated');
    clock.t += 50 * 60_000;
    // STS rejects the rotated token: the refresh fails, the cached credentials are still valid and served
    expect((await provider()).accessKeyId).toBe('STS.issued');
    expect(sts.calls.map((c) => c.params.OIDCToken)).toEqual(['oidc-token-one', 'oidc-token-rotated']);
  });

  test('says which variables are missing, and about an unreadable token file', async () => {
    await expect(
      fromOidcRoleArn({ env: { ALIBABA_CLOUD_ROLE_ARN: ROLE }, stsEndpoint: sts.url })(),
    ).rejects.toThrow(
      'oidc_role_arn: ALIBABA_CLOUD_OIDC_PROVIDER_ARN, ALIBABA_CLOUD_OIDC_TOKEN_FILE not set (nor given as options)',
    );
    const missing = join(temp.dir, 'absent');
    await expect(
      fromOidcRoleArn({
        roleArn: ROLE,
        oidcProviderArn: PROVIDER,
        oidcTokenFile: missing,
        stsEndpoint: sts.url,
        env: {},
      })(),
    ).rejects.toThrow(`cannot read the OIDC token file ${missing} (ENOENT)`);
    expect(sts.calls).toHaveLength(0);
  });

  test('an STS rejection never echoes the OIDC token', async () => {
    const tokenFile = join(temp.dir, 'token');
    await writeFile(tokenFile, 'secret-oidc-token-xyz');
    const error = (await fromOidcRoleArn({
      roleArn: ROLE,
      oidcProviderArn: PROVIDER,
      oidcTokenFile: tokenFile,
      stsEndpoint: sts.url,
      env: {},
    })().catch((e: unknown) => e)) as Error;
    expect(error.message).toMatch(/HTTP 400 InvalidParameter\.OIDCToken\.Invalid: bad token <redacted>/);
    expect(error.message).not.toContain('secret-oidc-token-xyz');
  });
});
