import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeServer, type FakeServer } from '@emr-ray/fixtures';
import { createClient } from '../src/createClient';
import type { ClientOptions } from '../src/ClientOptions';
import type { EmrRayClient } from '../src/EmrRayClient';
import { ConfigurationError } from '../src/errors/ConfigurationError';
import { InvalidParameterError } from '../src/errors/InvalidParameterError';
import { captureError } from './support/captureError';

const ws = 'w-config012345';
// Never the real ECS metadata service, credentials URI or home directory.
const quietEnv = { ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true' };
let fake: FakeServer;
let home: string;
const clients: EmrRayClient[] = [];

beforeAll(async () => {
  fake = await startFakeServer({ verifySignatures: false });
});
beforeEach(() => {
  fake.reset();
  home = mkdtempSync(join(tmpdir(), 'emr-ray-client-home-'));
});
afterEach(() => {
  for (const c of clients.splice(0)) c.destroy();
  rmSync(home, { recursive: true, force: true });
});
afterAll(() => fake.close());

function client(options: ClientOptions): EmrRayClient {
  const c = createClient({ retry: false, ...options });
  clients.push(c);
  return c;
}

/** A user-supplied fetch that sends the request to the fake instead of the real endpoint, remembering the URL. */
function forwardingFetch(urls: string[]): typeof fetch {
  return (input, init) => {
    const url = String(input);
    urls.push(url);
    return fetch(url.replace(/^https:\/\/[^/]+/, fake.endpoint), init);
  };
}

function writeCliConfig(profiles: Record<string, unknown>[], current = 'default'): string {
  mkdirSync(join(home, '.aliyun'));
  const path = join(home, '.aliyun', 'config.json');
  writeFileSync(path, JSON.stringify({ current, profiles }));
  return path;
}

describe('region', () => {
  it('fails on the first call, not at creation, listing every place it looked', async () => {
    const c = client({ env: quietEnv, homedir: home, credentials: fake.credentials });
    const error = await captureError(c.getRayCluster({ workspaceId: ws, clusterId: 'ray-1' }));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.code).toBe('MissingRegion');
    expect(error.message).toContain('options.region: not set');
    expect(error.message).toContain('env ALIBABA_CLOUD_REGION_ID: not set');
    expect(error.message).toContain(
      `region_id of the aliyun CLI profile in ${join(home, '.aliyun', 'config.json')}: no such file or profile`,
    );
    expect(fake.requests).toHaveLength(0);
  });

  it('reads region_id (and the access key) of the aliyun CLI profile', async () => {
    writeCliConfig([
      {
        name: 'default',
        mode: 'AK',
        access_key_id: 'AK-from-cli',
        access_key_secret: 'cli-secret',
        region_id: 'cn-shanghai',
      },
    ]);
    const urls: string[] = [];
    const c = client({ env: quietEnv, homedir: home, fetch: forwardingFetch(urls) });
    const id = fake.seedCluster(ws, { state: 'Running' });
    await expect(c.getRayCluster({ workspaceId: ws, clusterId: id })).resolves.toMatchObject({
      clusterId: id,
    });
    expect(urls).toEqual([
      `https://emr-serverless-spark.cn-shanghai.aliyuncs.com/api/v1/workspaces/${ws}/rayCluster/${id}`,
    ]);
    expect(fake.requests[0]!.headers.authorization).toMatch(/^ACS3-HMAC-SHA256 Credential=AK-from-cli,/);
  });

  it('says which profile lacks region_id', async () => {
    writeCliConfig([{ name: 'prod', mode: 'AK', access_key_id: 'a', access_key_secret: 'b' }], 'prod');
    const error = await captureError(
      client({ env: quietEnv, homedir: home }).listRayCluster({ workspaceId: ws }),
    );
    expect(error.message).toContain('region_id of the aliyun CLI profile "prod"');
    expect(error.message).toContain('not set');
  });

  it('prefers options.region over ALIBABA_CLOUD_REGION_ID over the CLI profile', async () => {
    writeCliConfig([
      { name: 'default', mode: 'AK', access_key_id: 'a', access_key_secret: 'b', region_id: 'cn-shanghai' },
    ]);
    const urls: string[] = [];
    const env = { ...quietEnv, ALIBABA_CLOUD_REGION_ID: 'ap-southeast-1' };
    await client({ env, homedir: home, fetch: forwardingFetch(urls) }).listRayCluster({ workspaceId: ws });
    await client({ env, homedir: home, region: 'eu-central-1', fetch: forwardingFetch(urls) }).listRayCluster(
      { workspaceId: ws },
    );
    expect(urls.map((u) => new URL(u).host)).toEqual([
      'emr-serverless-spark.ap-southeast-1.aliyuncs.com',
      'emr-serverless-spark.eu-central-1.aliyuncs.com',
    ]);
  });

  it('looks the region up once for concurrent first calls', async () => {
    let lookups = 0;
    const env = {
      ...quietEnv,
      get ALIBABA_CLOUD_REGION_ID() {
        lookups++;
        return 'cn-hangzhou';
      },
    };
    const urls: string[] = [];
    const c = client({ env, homedir: home, credentials: fake.credentials, fetch: forwardingFetch(urls) });
    await Promise.all(Array.from({ length: 5 }, () => c.listRayCluster({ workspaceId: ws })));
    await c.listRayCluster({ workspaceId: ws });
    expect(lookups).toBe(1);
    expect(new Set(urls.map((u) => new URL(u).host))).toEqual(
      new Set(['emr-serverless-spark.cn-hangzhou.aliyuncs.com']),
    );
  });

  it('looks again on the next call after a failed lookup', async () => {
    const env: Record<string, string | undefined> = { ...quietEnv };
    const urls: string[] = [];
    const c = client({ env, homedir: home, credentials: fake.credentials, fetch: forwardingFetch(urls) });
    expect((await captureError(c.listRayCluster({ workspaceId: ws }))).code).toBe('MissingRegion');
    env.ALIBABA_CLOUD_REGION_ID = 'cn-beijing';
    await c.listRayCluster({ workspaceId: ws });
    expect(urls.map((u) => new URL(u).host)).toEqual(['emr-serverless-spark.cn-beijing.aliyuncs.com']);
  });

  it('refuses a region that is not a region id, naming where it came from', async () => {
    const error = await captureError(
      client({
        env: { ...quietEnv, ALIBABA_CLOUD_REGION_ID: 'evil.example.com/x' },
        homedir: home,
        credentials: fake.credentials,
      }).listRayCluster({
        workspaceId: ws,
      }),
    );
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect(error.message).toContain('env ALIBABA_CLOUD_REGION_ID must be a region id');
    expect(() => createClient({ region: 'cn hangzhou' })).toThrow(/options\.region must be a region id/);
  });
});

describe('credentials', () => {
  it('fails on the first call listing the sources of the default chain', async () => {
    const c = client({ endpoint: fake.endpoint, env: quietEnv, homedir: home });
    const error = await captureError(c.getRayCluster({ workspaceId: ws, clusterId: 'ray-1' }));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.code).toBe('MissingCredentials');
    for (const source of [
      'options.credentials',
      'env',
      'cli_profile',
      'profile',
      'ecs_ram_role',
      'credential_uri',
    ]) {
      expect(error.message).toContain(source);
    }
    expect(error.message).toContain('ALIBABA_CLOUD_ACCESS_KEY_ID');
    expect(fake.requests).toHaveLength(0);
  });

  it('uses the environment of the options', async () => {
    const env = {
      ...quietEnv,
      ALIBABA_CLOUD_ACCESS_KEY_ID: 'AK-env',
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'env-secret',
    };
    await client({ endpoint: fake.endpoint, env, homedir: home }).listRayCluster({ workspaceId: ws });
    expect(fake.requests[0]!.headers.authorization).toMatch(/Credential=AK-env,/);
  });

  it('calls a provider function and caches what it returns', async () => {
    const provider = jest.fn(async () => ({ accessKeyId: 'AK-provider', accessKeySecret: 's' }));
    const c = client({ endpoint: fake.endpoint, credentials: provider });
    for (let i = 0; i < 3; i++) await c.listRayCluster({ workspaceId: ws });
    expect(provider).toHaveBeenCalledTimes(1);
    expect(fake.requests.map((r) => /Credential=([^,]+)/.exec(r.headers.authorization!)![1])).toEqual([
      'AK-provider',
      'AK-provider',
      'AK-provider',
    ]);
  });

  it('checks a static key at creation, without echoing it', () => {
    expect(() => createClient({ credentials: { accessKeyId: 'ak', accessKeySecret: '' } })).toThrow(
      'options.credentials.accessKeySecret must be a non-empty string, got an empty string',
    );
    expect(() =>
      createClient({ credentials: { accessKeyId: 7 as never, accessKeySecret: 'TopSecret' } }),
    ).toThrow(/accessKeyId/);
    try {
      createClient({ credentials: { accessKeyId: 7 as never, accessKeySecret: 'TopSecret' } });
    } catch (error) {
      expect(String(error)).not.toContain('TopSecret');
    }
  });
});

describe('options', () => {
  it.each([
    [{ endpoint: 'not a url' }, 'options.endpoint'],
    [{ endpoint: 'ftp://host' }, 'options.endpoint'],
    [{ endpoint: 'https://host/?token=x' }, 'options.endpoint'],
    [{ timeoutMs: 0 }, 'options.timeoutMs'],
    [{ timeoutMs: Number.NaN }, 'options.timeoutMs'],
    [{ retry: { maxAttempts: 0 } }, 'options.retry.maxAttempts'],
    [{ fetch: 'fetch' as never }, 'options.fetch'],
    [{ userAgent: 'a\r\nx-evil: 1' }, 'options.userAgent'],
    [{ userAgent: 'deployer/1.2\0' }, 'options.userAgent'],
    [{ userAgent: 'deployer\u{1F680}' }, 'options.userAgent'],
  ] as [ClientOptions, string][])(
    'createClient(%p) throws InvalidParameterError naming %s',
    (options, parameter) => {
      let error: unknown;
      try {
        createClient(options);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(InvalidParameterError);
      expect((error as InvalidParameterError).parameter).toBe(parameter);
      expect((error as Error).message).toContain(parameter);
    },
  );

  it.each([
    'https://gateway.example.com:99999/?token=SECRET-1',
    'https://user:SECRET-1@gateway.example.com:port/',
    'http://[bad/?x-acs-signature=SECRET-1',
  ])('does not echo the credential of an unparsable endpoint %s', (endpoint) => {
    for (const options of [{ endpoint }, { env: { EMR_RAY_ENDPOINT: endpoint } }]) {
      let error: unknown;
      try {
        createClient(options);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(InvalidParameterError);
      expect((error as Error).message).toMatch(/must be an http\(s\) URL/);
      expect((error as Error).message).not.toContain('SECRET-1');
    }
  });

  it('EMR_RAY_ENDPOINT beats the region; options.endpoint beats EMR_RAY_ENDPOINT', async () => {
    const env = { ...quietEnv, EMR_RAY_ENDPOINT: fake.endpoint, ALIBABA_CLOUD_REGION_ID: 'cn-beijing' };
    await client({ env, homedir: home, region: 'cn-shanghai', credentials: fake.credentials }).listRayCluster(
      { workspaceId: ws },
    );
    expect(fake.requests).toHaveLength(1);
    const urls: string[] = [];
    await client({
      env,
      endpoint: 'https://explicit.example.com',
      credentials: fake.credentials,
      fetch: forwardingFetch(urls),
    }).listRayCluster({
      workspaceId: ws,
    });
    expect(urls.map((u) => new URL(u).host)).toEqual(['explicit.example.com']);
    expect(() => createClient({ env: { EMR_RAY_ENDPOINT: 'nope' } })).toThrow(
      /env EMR_RAY_ENDPOINT must be an http\(s\) URL/,
    );
  });

  it('an endpoint path is a prefix of every request path; the user agent carries the suffix', async () => {
    const urls: string[] = [];
    const c = client({
      endpoint: 'https://gateway.example.com/prefix/',
      credentials: fake.credentials,
      fetch: forwardingFetch(urls),
      userAgent: 'deployer/1.2',
    });
    await captureError(c.listRayCluster({ workspaceId: ws }));
    expect(urls).toEqual([`https://gateway.example.com/prefix/api/v1/workspaces/${ws}/rayCluster`]);
    expect(fake.requests[0]!.headers['user-agent']).toMatch(
      /^emr-ray-client\/\S+ Node\.js\/v\d+\S* \(\w+; \w+\) deployer\/1\.2$/,
    );
  });
});
