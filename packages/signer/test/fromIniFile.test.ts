import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fromIniFile } from '../src/fromIniFile';
import { parseIni } from '../src/parseIni';
import { startFakeImds, type FakeImds } from './support/fakeImds';
import { startFakeSts, type FakeSts } from './support/fakeSts';
import { makeTempDir } from './support/tempDir';

describe('parseIni', () => {
  test('sections, spacing, comments, quotes, escapes', () => {
    const parsed = parseIni(
      [
        'top = level',
        '; comment',
        '# another',
        '[default]',
        'type = access_key',
        '  access_key_id=foo  ',
        'access_key_secret = bar ; trailing comment',
        'quoted = "a ; b # c"',
        'escaped = x\\;y',
        'enable',
        '',
        '[ other ]',
        'k = v = w',
      ].join('\r\n'),
    );
    expect(parsed['']).toEqual({ top: 'level' });
    expect({ ...parsed.default }).toEqual({
      type: 'access_key',
      access_key_id: 'foo',
      access_key_secret: 'bar',
      quoted: 'a ; b # c',
      escaped: 'x;y',
      enable: 'true',
    });
    expect({ ...parsed.other }).toEqual({ k: 'v = w' });
  });
});

describe('fromIniFile', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  beforeEach(async () => {
    temp = await makeTempDir();
  });
  afterEach(() => temp.cleanup());

  async function writeCredentials(text: string, dir = join(temp.dir)): Promise<string> {
    const { mkdir } = await import('node:fs/promises');
    await mkdir(join(dir, '.alibabacloud'), { recursive: true });
    const path = join(dir, '.alibabacloud', 'credentials');
    await writeFile(path, text);
    return path;
  }

  test('access_key from <homedir>/.alibabacloud/credentials [default] (the reference fixture)', async () => {
    await writeCredentials(
      '[default]\ntype = access_key\naccess_key_id = foo\naccess_key_secret = bar\nenable = true\n',
    );
    const credentials = await fromIniFile({ homedir: temp.dir, env: {} })();
    expect(credentials).toMatchObject({
      accessKeyId: 'foo',
      accessKeySecret: 'bar',
      providerName: 'profile/static_ak',
    });
  });

  test('ALIBABA_CLOUD_CREDENTIALS_FILE and ALIBABA_CLOUD_PROFILE select file and section', async () => {
    const path = join(temp.dir, 'custom.ini');
    await writeFile(
      path,
      '[default]\ntype = access_key\naccess_key_id = d\naccess_key_secret = d\n[prod]\ntype = access_key\naccess_key_id = p\naccess_key_secret = ps\n',
    );
    const env = { ALIBABA_CLOUD_CREDENTIALS_FILE: path, ALIBABA_CLOUD_PROFILE: 'prod' };
    expect((await fromIniFile({ homedir: temp.dir, env })()).accessKeyId).toBe('p');
    expect((await fromIniFile({ path, profile: 'default', env: {} })()).accessKeyId).toBe('d');
  });

  test('missing file / section / fields and unsupported types say what they lacked', async () => {
    const absent = join(temp.dir, '.alibabacloud', 'credentials');
    await expect(fromIniFile({ homedir: temp.dir, env: {} })()).rejects.toMatchObject({
      code: 'CredentialsNotFound',
      message: `profile: ${absent} does not exist`,
    });
    const path = await writeCredentials(
      '[default]\ntype = access_key\naccess_key_id = foo\n[rsa]\ntype = rsa_key_pair\n',
    );
    await expect(fromIniFile({ homedir: temp.dir, env: {} })()).rejects.toThrow(
      `profile: [default] in ${path} (type access_key) lacks access_key_secret`,
    );
    await expect(fromIniFile({ homedir: temp.dir, env: {}, profile: 'nope' })()).rejects.toThrow(
      `${path} has no [nope] section`,
    );
    await expect(fromIniFile({ homedir: temp.dir, env: {}, profile: 'rsa' })()).rejects.toThrow(
      /type "rsa_key_pair"; supported: access_key, ecs_ram_role, ram_role_arn/,
    );
  });

  test('a failed read is retried on the next call (the file may appear later)', async () => {
    const provider = fromIniFile({ homedir: temp.dir, env: {} });
    await expect(provider()).rejects.toMatchObject({ code: 'CredentialsNotFound' });
    await writeCredentials('[default]\ntype = access_key\naccess_key_id = later\naccess_key_secret = s\n');
    expect((await provider()).accessKeyId).toBe('later');
  });

  describe('with local IMDS and STS', () => {
    let imds: FakeImds;
    let sts: FakeSts;
    beforeEach(async () => {
      imds = await startFakeImds({ roleName: 'IniRole' });
      sts = await startFakeSts({ secrets: { INIAK: { secret: 'ini-secret' } } });
    });
    afterEach(async () => {
      await imds.close();
      await sts.close();
    });

    test('ecs_ram_role with role_name', async () => {
      await writeCredentials('[default]\ntype = ecs_ram_role\nrole_name = IniRole\n');
      const credentials = await fromIniFile({ homedir: temp.dir, env: {}, ecsMetadataEndpoint: imds.url })();
      expect(credentials).toMatchObject({ accessKeyId: 'STS.ecs', providerName: 'profile/ecs_ram_role' });
      expect(imds.server.requests.map((r) => r.url)).not.toContain(
        '/latest/meta-data/ram/security-credentials/',
      );
    });

    test('ram_role_arn through AssumeRole', async () => {
      await writeCredentials(
        '[default]\ntype = ram_role_arn\naccess_key_id = INIAK\naccess_key_secret = ini-secret\nrole_arn = acs:ram::1:role/r\nrole_session_name = ini\npolicy = {"Version":"1"}\n',
      );
      const credentials = await fromIniFile({ homedir: temp.dir, env: {}, stsEndpoint: sts.url })();
      expect(credentials).toMatchObject({
        accessKeyId: 'STS.issued',
        providerName: 'profile/ram_role_arn/static_ak',
      });
      expect(sts.calls[0]?.params).toMatchObject({
        RoleArn: 'acs:ram::1:role/r',
        RoleSessionName: 'ini',
        Policy: '{"Version":"1"}',
      });
    });
  });
});
