import { inspect } from 'node:util';
import { CredentialsError, isCredentialsError } from '../src/CredentialsError';
import { fromEnv } from '../src/fromEnv';
import { readCliProfile } from '../src/readCliProfile';
import { RedactedCredentials } from '../src/RedactedCredentials';
import { staticCredentials } from '../src/staticCredentials';
import { makeTempDir } from './support/tempDir';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const SECRET = 'very-secret-value-9876';
const TOKEN = 'very-secret-token-5432';

function captureConsoleLog(value: unknown): string {
  const lines: string[] = [];
  const original = console.log;
  console.log = (...args: unknown[]) => {
    lines.push(args.map((arg) => (typeof arg === 'string' ? arg : inspect(arg))).join(' '));
  };
  try {
    console.log(value);
    console.log('%o', value);
    console.log('%j', value);
  } finally {
    console.log = original;
  }
  return lines.join('\n');
}

describe('credentials print redacted', () => {
  const credentials = new RedactedCredentials({
    accessKeyId: 'AKVISIBLE',
    accessKeySecret: SECRET,
    securityToken: TOKEN,
    expiration: new Date('2030-01-01T00:00:00Z'),
    providerName: 'env',
  });

  test.each([
    ['util.inspect', () => inspect(credentials)],
    [
      'util.inspect (deep, showHidden)',
      () => inspect({ nested: { credentials } }, { depth: 10, showHidden: true }),
    ],
    ['JSON.stringify', () => JSON.stringify(credentials)],
    ['JSON.stringify nested', () => JSON.stringify({ a: [credentials] })],
    ['String()', () => String(credentials)],
    ['template literal', () => `${credentials}`],
    ['console.log', () => captureConsoleLog(credentials)],
    ['Object.keys / entries', () => JSON.stringify(Object.entries(credentials))],
  ])('%s', (_name, render) => {
    const text = render();
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain(TOKEN);
    expect(text).toContain('AKVISIBLE');
  });

  test('the secret and token stay readable as properties', () => {
    expect(credentials.accessKeySecret).toBe(SECRET);
    expect(credentials.securityToken).toBe(TOKEN);
    expect(credentials.expiration?.toISOString()).toBe('2030-01-01T00:00:00.000Z');
    expect(JSON.parse(JSON.stringify(credentials))).toEqual({
      accessKeyId: 'AKVISIBLE',
      accessKeySecret: '<redacted>',
      securityToken: '<redacted>',
      expiration: '2030-01-01T00:00:00.000Z',
      providerName: 'env',
    });
  });

  test('providers return redacted credentials', async () => {
    const fromStatic = await staticCredentials({ accessKeyId: 'A', accessKeySecret: SECRET })();
    const env = await fromEnv({
      env: { ALIBABA_CLOUD_ACCESS_KEY_ID: 'A', ALIBABA_CLOUD_ACCESS_KEY_SECRET: SECRET },
    })();
    for (const credentials of [fromStatic, env]) {
      expect(inspect(credentials)).not.toContain(SECRET);
      expect(JSON.stringify(credentials)).not.toContain(SECRET);
      expect(credentials.accessKeySecret).toBe(SECRET);
    }
  });

  test('a CLI profile prints its secret and token fields redacted', async () => {
    const { dir, cleanup } = await makeTempDir();
    try {
      const path = join(dir, 'config.json');
      await writeFile(
        path,
        JSON.stringify({
          current: 'p',
          profiles: [
            {
              name: 'p',
              mode: 'StsToken',
              access_key_id: 'AKP',
              access_key_secret: SECRET,
              sts_token: TOKEN,
              region_id: 'cn-beijing',
            },
          ],
        }),
      );
      const profile = await readCliProfile({ path, env: {} });
      expect(profile?.region_id).toBe('cn-beijing');
      expect(profile?.access_key_secret).toBe(SECRET);
      for (const text of [inspect(profile), JSON.stringify(profile), captureConsoleLog(profile)]) {
        expect(text).not.toContain(SECRET);
        expect(text).not.toContain(TOKEN);
        expect(text).toContain('cn-beijing');
      }
    } finally {
      await cleanup();
    }
  });
});

describe('CredentialsError', () => {
  test('has a literal name, code, source and cause, and is recognised across copies', () => {
    const cause = new Error('inner');
    const error = new CredentialsError('what it lacked', {
      code: 'CredentialsNotFound',
      source: 'env',
      cause,
    });
    expect(error.name).toBe('CredentialsError');
    expect(error.message).toBe('env: what it lacked');
    expect(error).toMatchObject({ code: 'CredentialsNotFound', source: 'env', cause });
    expect(isCredentialsError(error)).toBe(true);
    // another copy of the package: same shape, different class
    const foreign = Object.assign(new Error('x'), {
      name: 'CredentialsError',
      code: 'CredentialsNotFound',
      source: 'env',
    });
    expect(isCredentialsError(foreign)).toBe(true);
    expect(isCredentialsError(new Error('x'))).toBe(false);
    expect(isCredentialsError(undefined)).toBe(false);
  });
});
