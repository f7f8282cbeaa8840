import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isCredentialsError, type CredentialsError } from '../src/CredentialsError';
import { defaultCredentialProvider } from '../src/defaultCredentialProvider';
import { startFakeImds, type FakeImds } from './support/fakeImds';
import { isolatedEnv } from './support/isolatedEnv';
import { sendJson, startLocalServer, type LocalServer } from './support/localServer';
import { startFakeSts, type FakeSts } from './support/fakeSts';
import { makeTempDir } from './support/tempDir';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let imds: FakeImds;
let sts: FakeSts;
let uri: LocalServer;

beforeEach(async () => {
  temp = await makeTempDir();
  imds = await startFakeImds({ roleName: 'ChainRole' });
  sts = await startFakeSts({ secrets: {}, oidcToken: 'chain-oidc-token' });
  uri = await startLocalServer((_request, res) =>
    sendJson(res, 200, {
      AccessKeyId: 'STS.uri',
      AccessKeySecret: 'uri-secret',
      SecurityToken: 'uri-token',
      Expiration: '2030-01-01T00:00:00Z',
    }),
  );
});
afterEach(async () => {
  await Promise.all([imds.close(), sts.close(), uri.close()]);
  await temp.cleanup();
});

async function writeCliConfig(profiles: object[]): Promise<void> {
  await mkdir(join(temp.dir, '.aliyun'), { recursive: true });
  await writeFile(join(temp.dir, '.aliyun', 'config.json'), JSON.stringify({ current: 'default', profiles }));
}

async function writeIni(text: string): Promise<void> {
  await mkdir(join(temp.dir, '.alibabacloud'), { recursive: true });
  await writeFile(join(temp.dir, '.alibabacloud', 'credentials'), text);
}

const chain = (env: NodeJS.ProcessEnv, now?: () => number) =>
  defaultCredentialProvider({
    env,
    homedir: temp.dir,
    ecsMetadataEndpoint: imds.url,
    stsEndpoint: sts.url,
    now,
  });

const AK_ENV = { ALIBABA_CLOUD_ACCESS_KEY_ID: 'ENVAK', ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'env-secret' };

describe('defaultCredentialProvider', () => {
  test('env comes first', async () => {
    await writeCliConfig([{ name: 'default', mode: 'AK', access_key_id: 'CLIAK', access_key_secret: 's' }]);
    expect(await chain(isolatedEnv(AK_ENV))()).toMatchObject({
      accessKeyId: 'ENVAK',
      providerName: 'default/env',
    });
  });

  test('OIDC (all three variables) comes before the CLI profile', async () => {
    const tokenFile = join(temp.dir, 'token');
    await writeFile(tokenFile, 'chain-oidc-token');
    await writeCliConfig([{ name: 'default', mode: 'AK', access_key_id: 'CLIAK', access_key_secret: 's' }]);
    const env = isolatedEnv({
      ALIBABA_CLOUD_ROLE_ARN: 'acs:ram::1:role/r',
      ALIBABA_CLOUD_OIDC_PROVIDER_ARN: 'acs:ram::1:oidc-provider/p',
      ALIBABA_CLOUD_OIDC_TOKEN_FILE: tokenFile,
    });
    expect(await chain(env)()).toMatchObject({
      accessKeyId: 'STS.issued',
      providerName: 'default/oidc_role_arn',
    });
  });

  test('CLI profile before the INI file; ALIBABA_CLOUD_CLI_PROFILE_DISABLED=true skips it', async () => {
    await writeCliConfig([{ name: 'default', mode: 'AK', access_key_id: 'CLIAK', access_key_secret: 's' }]);
    await writeIni('[default]\ntype = access_key\naccess_key_id = INIAK\naccess_key_secret = s\n');
    expect(await chain(isolatedEnv())()).toMatchObject({
      accessKeyId: 'CLIAK',
      providerName: 'default/cli_profile/static_ak',
    });
    expect(await chain(isolatedEnv({ ALIBABA_CLOUD_CLI_PROFILE_DISABLED: 'true' }))()).toMatchObject({
      accessKeyId: 'INIAK',
      providerName: 'default/profile/static_ak',
    });
  });

  test('ECS RAM role (local IMDS) when env and files are missing; its disable switch moves on to the URI', async () => {
    const viaImds = await chain({})();
    expect(viaImds).toMatchObject({ accessKeyId: 'STS.ecs', providerName: 'default/ecs_ram_role' });
    const viaUri = await chain(isolatedEnv({ ALIBABA_CLOUD_CREDENTIALS_URI: uri.url }))();
    expect(viaUri).toMatchObject({ accessKeyId: 'STS.uri', providerName: 'default/credential_uri' });
    expect(imds.served).toBe(1);
  });

  test('when every source fails, the error lists what each lacked, in chain order', async () => {
    const error = (await chain(isolatedEnv())().catch((e: unknown) => e)) as CredentialsError;
    expect(isCredentialsError(error)).toBe(true);
    expect(error).toMatchObject({ name: 'CredentialsError', code: 'CredentialsNotFound', source: 'default' });
    expect(error.errors.map((e) => e.source)).toEqual([
      'env',
      'oidc_role_arn',
      'cli_profile',
      'profile',
      'ecs_ram_role',
      'credential_uri',
    ]);
    expect(error.message.split('\n')).toEqual([
      'default: no credentials found in the default chain:',
      '  - env: ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET not set',
      '  - oidc_role_arn: ALIBABA_CLOUD_ROLE_ARN, ALIBABA_CLOUD_OIDC_PROVIDER_ARN, ALIBABA_CLOUD_OIDC_TOKEN_FILE not set',
      `  - cli_profile: ${join(temp.dir, '.aliyun', 'config.json')} does not exist`,
      `  - profile: ${join(temp.dir, '.alibabacloud', 'credentials')} does not exist`,
      '  - ecs_ram_role: disabled by ALIBABA_CLOUD_ECS_METADATA_DISABLED=true',
      '  - credential_uri: ALIBABA_CLOUD_CREDENTIALS_URI not set',
    ]);
  });

  test('a broken earlier source does not stop the chain, and its problem is listed if all fail', async () => {
    await writeCliConfig([
      { name: 'default', mode: 'AK', access_key_id: 'CLIAK', access_key_secret: 'leaky-secret-1' },
    ]);
    await writeFile(
      join(temp.dir, '.aliyun', 'config.json'),
      '{"profiles":[{"access_key_secret":"leaky-secret-1"',
    );
    const env = isolatedEnv({ ALIBABA_CLOUD_CREDENTIALS_URI: uri.url });
    expect((await chain(env)()).providerName).toBe('default/credential_uri');
    const error = (await chain(isolatedEnv())().catch((e: unknown) => e)) as CredentialsError;
    expect(error.message).toContain('cli_profile: ');
    expect(error.message).toContain('is not valid JSON');
    expect(error.message).not.toContain('leaky-secret-1');
  });

  test('remembers only the provider that succeeded', async () => {
    const env: NodeJS.ProcessEnv = isolatedEnv();
    const clock = { t: Date.parse('2030-01-01T00:00:00Z') - 60 * 60_000 };
    await writeIni('[default]\ntype = ecs_ram_role\nrole_name = ChainRole\n');
    const provider = chain({ ...env, ALIBABA_CLOUD_ECS_METADATA_DISABLED: undefined }, () => clock.t);
    expect((await provider()).providerName).toBe('default/profile/ecs_ram_role');
    // env credentials appear later; the chain keeps asking the provider that succeeded
    Object.assign(env, AK_ENV);
    clock.t += 50 * 60_000;
    expect((await provider()).providerName).toBe('default/profile/ecs_ram_role');
    expect(imds.served).toBe(2);
  });

  test('after a complete failure nothing is remembered: the next call walks the chain again', async () => {
    const env: NodeJS.ProcessEnv = isolatedEnv();
    const provider = chain(env);
    await expect(provider()).rejects.toMatchObject({ source: 'default' });
    Object.assign(env, AK_ENV);
    expect((await provider()).providerName).toBe('default/env');
  });

  test('static credentials are cached: the files are read once', async () => {
    await writeCliConfig([{ name: 'default', mode: 'AK', access_key_id: 'CLIAK', access_key_secret: 's' }]);
    const provider = chain(isolatedEnv());
    await provider();
    await writeCliConfig([{ name: 'default', mode: 'AK', access_key_id: 'CHANGED', access_key_secret: 's' }]);
    expect((await provider()).accessKeyId).toBe('CLIAK');
  });

  test('temporary credentials: one shared refresh before expiry; a failing refresh serves the still-valid cache', async () => {
    const clock = { t: Date.parse('2030-01-01T00:00:00Z') - 60 * 60_000 };
    const provider = chain({}, () => clock.t);
    const first = await Promise.all(Array.from({ length: 8 }, () => provider()));
    expect(new Set(first.map((c) => c.providerName))).toEqual(new Set(['default/ecs_ram_role']));
    expect(imds.served).toBe(1);

    clock.t += 46 * 60_000; // 14 min left
    imds.expiration = '2030-01-01T02:00:00Z';
    const refreshed = await Promise.all(Array.from({ length: 8 }, () => provider()));
    expect(refreshed.every((c) => c.expiration?.toISOString() === '2030-01-01T02:00:00.000Z')).toBe(true);
    expect(imds.served).toBe(2);

    clock.t += 130 * 60_000; // 01:56, stale again
    imds.code = 'Failed';
    const kept = await provider();
    expect(kept.expiration?.toISOString()).toBe('2030-01-01T02:00:00.000Z');
    expect(kept.providerName).toBe('default/ecs_ram_role');

    clock.t += 5 * 60_000; // expired
    await expect(provider()).rejects.toMatchObject({ source: 'ecs_ram_role' });
  });
});
