import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fromCliProfile } from '../src/fromCliProfile';
import { readCliProfile } from '../src/readCliProfile';
import { startFakeImds, type FakeImds } from './support/fakeImds';
import { startFakeSts, type FakeSts } from './support/fakeSts';
import { makeTempDir } from './support/tempDir';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let imds: FakeImds;
let sts: FakeSts;
let tokenFile: string;

const profiles = () => [
  {
    name: 'ak',
    mode: 'AK',
    access_key_id: 'CLIAK',
    access_key_secret: 'cli-secret',
    region_id: 'cn-hangzhou',
  },
  {
    name: 'sts',
    mode: 'StsToken',
    access_key_id: 'CLISTS',
    access_key_secret: 'cli-secret',
    sts_token: 'cli-token',
  },
  {
    name: 'role',
    mode: 'RamRoleArn',
    access_key_id: 'CLIAK',
    access_key_secret: 'cli-secret',
    ram_role_arn: 'acs:ram::1:role/cli',
    ram_session_name: 'cli-session',
    expired_seconds: 900,
  },
  { name: 'ecs', mode: 'EcsRamRole', ram_role_name: 'CliRole' },
  {
    name: 'oidc',
    mode: 'OIDC',
    ram_role_arn: 'acs:ram::1:role/oidc',
    oidc_provider_arn: 'acs:ram::1:oidc-provider/p',
    oidc_token_file: tokenFile,
    duration_seconds: 1000,
    expired_seconds: 2000,
  },
  {
    name: 'chain',
    mode: 'ChainableRamRoleArn',
    source_profile: 'role',
    ram_role_arn: 'acs:ram::1:role/second',
  },
  { name: 'loop-a', mode: 'ChainableRamRoleArn', source_profile: 'loop-b', ram_role_arn: 'x' },
  { name: 'loop-b', mode: 'ChainableRamRoleArn', source_profile: 'loop-a', ram_role_arn: 'x' },
  { name: 'sso', mode: 'CloudSSO' },
  { name: 'broken', mode: 'AK', access_key_id: 'X' },
];

beforeEach(async () => {
  temp = await makeTempDir();
  tokenFile = join(temp.dir, 'oidc-token');
  await writeFile(tokenFile, 'cli-oidc-token');
  await mkdir(join(temp.dir, '.aliyun'));
  await writeFile(
    join(temp.dir, '.aliyun', 'config.json'),
    JSON.stringify({ current: 'ak', profiles: profiles(), meta_path: '' }),
  );
  imds = await startFakeImds({ roleName: 'CliRole' });
  sts = await startFakeSts({
    secrets: {
      CLIAK: { secret: 'cli-secret' },
      'STS.issued': { secret: 'issued-secret-value', token: 'issued-token-value' },
    },
    oidcToken: 'cli-oidc-token',
  });
});
afterEach(async () => {
  await imds.close();
  await sts.close();
  await temp.cleanup();
});

const provider = (profile?: string, env: NodeJS.ProcessEnv = {}) =>
  fromCliProfile({ homedir: temp.dir, env, profile, stsEndpoint: sts.url, ecsMetadataEndpoint: imds.url });

describe('fromCliProfile', () => {
  test('AK: the current profile by default', async () => {
    expect(await provider()()).toMatchObject({
      accessKeyId: 'CLIAK',
      accessKeySecret: 'cli-secret',
      providerName: 'cli_profile/static_ak',
    });
  });

  test('ALIBABA_CLOUD_PROFILE picks another profile; an explicit profile wins over it', async () => {
    expect((await provider(undefined, { ALIBABA_CLOUD_PROFILE: 'sts' })()).providerName).toBe(
      'cli_profile/static_sts',
    );
    expect((await provider('ak', { ALIBABA_CLOUD_PROFILE: 'sts' })()).providerName).toBe(
      'cli_profile/static_ak',
    );
  });

  test('StsToken', async () => {
    expect(await provider('sts')()).toMatchObject({
      accessKeyId: 'CLISTS',
      securityToken: 'cli-token',
      providerName: 'cli_profile/static_sts',
    });
  });

  test('RamRoleArn', async () => {
    expect(await provider('role')()).toMatchObject({
      accessKeyId: 'STS.issued',
      providerName: 'cli_profile/ram_role_arn/static_ak',
    });
    expect(sts.calls[0]?.params).toMatchObject({
      AccessKeyId: 'CLIAK',
      RoleArn: 'acs:ram::1:role/cli',
      RoleSessionName: 'cli-session',
      DurationSeconds: '900',
    });
  });

  test('EcsRamRole', async () => {
    expect(await provider('ecs')()).toMatchObject({
      accessKeyId: 'STS.ecs',
      providerName: 'cli_profile/ecs_ram_role',
    });
  });

  test('OIDC (duration_seconds wins over expired_seconds)', async () => {
    expect(await provider('oidc')()).toMatchObject({
      accessKeyId: 'STS.issued',
      providerName: 'cli_profile/oidc_role_arn',
    });
    expect(sts.calls[0]?.params).toMatchObject({
      Action: 'AssumeRoleWithOIDC',
      OIDCToken: 'cli-oidc-token',
      DurationSeconds: '1000',
    });
  });

  test('ChainableRamRoleArn assumes the second role with the first role credentials', async () => {
    const credentials = await provider('chain')();
    expect(credentials.providerName).toBe('cli_profile/ram_role_arn/ram_role_arn/static_ak');
    expect(sts.calls.map((c) => [c.params.AccessKeyId, c.params.RoleArn, c.params.SecurityToken])).toEqual([
      ['CLIAK', 'acs:ram::1:role/cli', undefined],
      ['STS.issued', 'acs:ram::1:role/second', 'issued-token-value'],
    ]);
  });

  test('loops, unsupported modes, missing fields, missing profile or file: clear errors', async () => {
    await expect(provider('loop-a')()).rejects.toThrow('source_profile chain loops back to "loop-a"');
    await expect(provider('sso')()).rejects.toThrow(/unsupported mode "CloudSSO"/);
    await expect(provider('broken')()).rejects.toThrow(
      'cli_profile: profile "broken" (mode AK) lacks access_key_secret',
    );
    await expect(provider('nope')()).rejects.toMatchObject({
      code: 'CredentialsNotFound',
      message: expect.stringMatching(/no profile named "nope"/),
    });
    const elsewhere = join(temp.dir, 'empty-home');
    await expect(fromCliProfile({ homedir: elsewhere, env: {} })()).rejects.toMatchObject({
      code: 'CredentialsNotFound',
      message: `cli_profile: ${join(elsewhere, '.aliyun', 'config.json')} does not exist`,
    });
  });

  test('an unparsable file is CredentialsInvalid without its content in the message', async () => {
    const path = join(temp.dir, 'bad.json');
    await writeFile(path, '{"profiles": [ {"access_key_secret": "leaky-secret" ');
    const error = (await fromCliProfile({ path, env: {} })().catch((e: unknown) => e)) as Error;
    expect(error).toMatchObject({
      code: 'CredentialsInvalid',
      message: `cli_profile: ${path} is not valid JSON`,
    });
    expect(String(error.cause ?? '')).not.toContain('leaky-secret');
  });
});

describe('readCliProfile', () => {
  test('returns the raw selected profile (region_id for the client)', async () => {
    const profile = await readCliProfile({ homedir: temp.dir, env: {} });
    expect(profile).toMatchObject({ name: 'ak', mode: 'AK', region_id: 'cn-hangzhou' });
    expect((await readCliProfile({ homedir: temp.dir, env: {}, profile: 'ecs' }))?.ram_role_name).toBe(
      'CliRole',
    );
    expect(
      (
        await readCliProfile({
          path: join(temp.dir, '.aliyun', 'config.json'),
          env: { ALIBABA_CLOUD_PROFILE: 'sts' },
        })
      )?.name,
    ).toBe('sts');
  });

  test('undefined for a missing file or profile; throws for a broken file', async () => {
    expect(await readCliProfile({ homedir: join(temp.dir, 'none'), env: {} })).toBeUndefined();
    expect(await readCliProfile({ homedir: temp.dir, env: {}, profile: 'nope' })).toBeUndefined();
    const path = join(temp.dir, 'broken.json');
    await writeFile(path, '{"profiles": 3}');
    await expect(readCliProfile({ path, env: {} })).rejects.toThrow(`${path} has no "profiles" array`);
  });
});
