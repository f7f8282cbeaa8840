import { inspect } from 'node:util';
import { fromCredentialsUri } from '../src/fromCredentialsUri';
import { sendJson, startLocalServer, type LocalServer } from './support/localServer';

let server: LocalServer;
let answer: { status: number; body: unknown };

beforeEach(async () => {
  answer = {
    status: 200,
    body: {
      Code: 'Success',
      AccessKeyId: 'STS.uri',
      AccessKeySecret: 'uri-secret-value',
      SecurityToken: 'uri-token-value',
      Expiration: '2030-01-01T00:00:00Z',
    },
  };
  server = await startLocalServer((_request, res) => sendJson(res, answer.status, answer.body));
});
afterEach(() => server.close());

describe('fromCredentialsUri', () => {
  test('reads credentials from ALIBABA_CLOUD_CREDENTIALS_URI', async () => {
    const env = { ALIBABA_CLOUD_CREDENTIALS_URI: `${server.url}/creds?token=url-token-secret` };
    const credentials = await fromCredentialsUri({ env })();
    expect(credentials).toMatchObject({
      accessKeyId: 'STS.uri',
      accessKeySecret: 'uri-secret-value',
      securityToken: 'uri-token-value',
      providerName: 'credential_uri',
    });
    expect(server.requests[0]).toMatchObject({ method: 'GET', url: '/creds?token=url-token-secret' });
  });

  test('Code absent is fine; another Code, HTTP errors, missing fields and bad JSON are clear errors without the URL token', async () => {
    const uri = `${server.url}/creds?token=url-token-secret`;
    const attempt = () =>
      fromCredentialsUri({ uri, env: {} })().then(
        () => new Error('expected a failure'),
        (e: unknown) => e as Error,
      );

    answer.body = { ...(answer.body as object), Code: undefined };
    expect(((await fromCredentialsUri({ uri, env: {} })()) as { accessKeyId: string }).accessKeyId).toBe(
      'STS.uri',
    );

    answer.body = { ...(answer.body as object), Code: 'Failed' };
    const failures = [await attempt()];
    answer = { status: 503, body: {} };
    failures.push(await attempt());
    answer = { status: 200, body: { AccessKeyId: 'X', Expiration: '2030-01-01T00:00:00Z' } };
    failures.push(await attempt());
    server.handle((_request, res) => {
      res.writeHead(200).end('{not json uri-token-value');
    });
    failures.push(await attempt());

    expect(failures.map((e) => e.message)).toEqual([
      `credential_uri: the credentials URI ${server.url}/creds: Code is "Failed", expected "Success"`,
      `credential_uri: the credentials URI ${server.url}/creds answered HTTP 503`,
      `credential_uri: the credentials URI ${server.url}/creds lacks AccessKeySecret, SecurityToken`,
      `credential_uri: the credentials URI ${server.url}/creds is not valid JSON`,
    ]);
    for (const error of failures) {
      expect(inspect(error)).not.toContain('url-token-secret');
      expect(inspect(error)).not.toContain('uri-token-value');
    }
  });

  test('unset URI and a refused connection', async () => {
    await expect(fromCredentialsUri({ env: {} })()).rejects.toMatchObject({
      code: 'CredentialsNotFound',
      message: 'credential_uri: ALIBABA_CLOUD_CREDENTIALS_URI not set',
    });
    const url = server.url;
    await server.close();
    await expect(fromCredentialsUri({ uri: `${url}/x?t=secret-in-url`, env: {} })()).rejects.toMatchObject({
      code: 'CredentialsRequestFailed',
      message: expect.stringMatching(/ECONNREFUSED/),
    });
    server = await startLocalServer((_r, res) => {
      res.end();
    });
  });

  test('a URI with user info fails without quoting the password (fetch would put the whole URL in its message)', async () => {
    const uri = server.url.replace('http://', 'http://user:pw-in-url-secret@') + '/creds?t=query-secret';
    const error = (await fromCredentialsUri({ uri, env: {} })().catch((e: unknown) => e)) as Error;
    expect(error).toMatchObject({
      code: 'CredentialsInvalid',
      message: `credential_uri: the credentials URI ${server.url}/creds carries user info (user:password@), which fetch refuses; expected a URL without it`,
    });
    expect(inspect(error)).not.toContain('pw-in-url-secret');
    expect(inspect(error)).not.toContain('query-secret');
    expect(server.requests).toHaveLength(0);
  });

  test('expiry-driven refresh', async () => {
    const clock = { t: Date.parse('2030-01-01T00:00:00Z') - 30 * 60_000 };
    const provider = fromCredentialsUri({ uri: server.url, env: {}, now: () => clock.t });
    await provider();
    clock.t += 14 * 60_000;
    await provider();
    expect(server.requests).toHaveLength(1);
    clock.t += 2 * 60_000;
    await provider();
    expect(server.requests).toHaveLength(2);
  });
});
