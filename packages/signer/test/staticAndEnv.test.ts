import { fromEnv } from '../src/fromEnv';
import { staticCredentials } from '../src/staticCredentials';

describe('staticCredentials', () => {
  test('returns the credentials with a provider name by kind', async () => {
    const ak = await staticCredentials({ accessKeyId: 'A', accessKeySecret: 'S' })();
    expect(ak).toMatchObject({ accessKeyId: 'A', accessKeySecret: 'S', providerName: 'static_ak' });
    const sts = await staticCredentials({ accessKeyId: 'A', accessKeySecret: 'S', securityToken: 'T' })();
    expect(sts).toMatchObject({ accessKeySecret: 'S', securityToken: 'T', providerName: 'static_sts' });
  });

  test('rejects empty fields at creation, naming the field', () => {
    expect(() => staticCredentials({ accessKeyId: '', accessKeySecret: 'S' })).toThrow(
      /credentials\.accessKeyId/,
    );
    expect(() => staticCredentials({ accessKeyId: 'A', accessKeySecret: '' })).toThrow(
      /credentials\.accessKeySecret/,
    );
  });

  test('honours an aborted signal', async () => {
    const reason = new Error('stop');
    await expect(
      staticCredentials({ accessKeyId: 'A', accessKeySecret: 'S' })({ signal: AbortSignal.abort(reason) }),
    ).rejects.toBe(reason);
  });
});

describe('fromEnv', () => {
  test('reads id, secret and token from the given env', async () => {
    const env = {
      ALIBABA_CLOUD_ACCESS_KEY_ID: 'ENVID',
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'env-secret',
      ALIBABA_CLOUD_SECURITY_TOKEN: 'env-token',
    };
    const credentials = await fromEnv({ env })();
    expect(credentials).toMatchObject({
      accessKeyId: 'ENVID',
      accessKeySecret: 'env-secret',
      securityToken: 'env-token',
      providerName: 'env',
    });
  });

  test('reads the env on every call', async () => {
    const env: NodeJS.ProcessEnv = {};
    const provider = fromEnv({ env });
    await expect(provider()).rejects.toMatchObject({ code: 'CredentialsNotFound', source: 'env' });
    env.ALIBABA_CLOUD_ACCESS_KEY_ID = 'LATE';
    env.ALIBABA_CLOUD_ACCESS_KEY_SECRET = 'late-secret';
    expect((await provider()).accessKeyId).toBe('LATE');
  });

  test('names exactly what is missing', async () => {
    await expect(fromEnv({ env: {} })()).rejects.toThrow(
      'env: ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET not set',
    );
    await expect(fromEnv({ env: { ALIBABA_CLOUD_ACCESS_KEY_ID: 'X' } })()).rejects.toThrow(
      'env: ALIBABA_CLOUD_ACCESS_KEY_SECRET not set',
    );
  });
});
