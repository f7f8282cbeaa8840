import { signRequest } from '../src/signRequest';
import { verifyRequest, type VerifiableRequest } from '../src/verifyRequest';

const SECRET = 'verify-secret-0123456789';
const TOKEN = 'sts-token-abcdefghijkl';
const now = new Date('2025-06-01T12:00:00Z');
const keys: Record<string, { accessKeySecret: string; securityToken?: string }> = {
  AK1: { accessKeySecret: SECRET },
  STS1: { accessKeySecret: SECRET, securityToken: TOKEN },
};
const lookup = (id: string) => keys[id];
const body = '{"clusterName":"c1"}';

function signed(overrides?: {
  credentials?: { accessKeyId: string; accessKeySecret: string; securityToken?: string };
  date?: Date;
}): VerifiableRequest {
  const headers = signRequest(
    {
      method: 'POST',
      url: 'https://api.example.com/api/v1/workspaces/w-1/rayCluster?regionId=cn-hangzhou',
      body,
    },
    overrides?.credentials ?? { accessKeyId: 'AK1', accessKeySecret: SECRET },
    { action: 'CreateRayCluster', version: '2023-08-08', date: overrides?.date ?? now, nonce: 'nonce-1' },
  );
  return { method: 'POST', url: '/api/v1/workspaces/w-1/rayCluster?regionId=cn-hangzhou', headers, body };
}

function expectNoSecrets(text: string): void {
  expect(text).not.toContain(SECRET);
  expect(text).not.toContain(TOKEN);
}

describe('verifyRequest', () => {
  test('accepts a signed request; header name case and an absolute URL do not matter', async () => {
    const request = signed();
    expect(await verifyRequest(request, lookup, { now })).toEqual({ ok: true, accessKeyId: 'AK1' });
    const upper = Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k.toUpperCase(), v]));
    expect(await verifyRequest({ ...request, headers: upper }, lookup, { now })).toEqual({
      ok: true,
      accessKeyId: 'AK1',
    });
    expect(
      (await verifyRequest({ ...request, url: 'https://api.example.com' + request.url }, lookup, { now })).ok,
    ).toBe(true);
  });

  test('accepts an async lookup and STS credentials with their token', async () => {
    const request = signed({
      credentials: { accessKeyId: 'STS1', accessKeySecret: SECRET, securityToken: TOKEN },
    });
    expect(await verifyRequest(request, async (id) => keys[id], { now })).toEqual({
      ok: true,
      accessKeyId: 'STS1',
    });
  });

  test('IncompleteSignature: no or malformed Authorization, unsupported algorithm', async () => {
    const request = signed();
    const { authorization, ...rest } = request.headers;
    let result = await verifyRequest({ ...request, headers: rest }, lookup, { now });
    expect(result).toMatchObject({
      ok: false,
      code: 'IncompleteSignature',
      message: expect.stringMatching(/Authorization/),
    });
    result = await verifyRequest({ ...request, headers: { ...rest, authorization: 'garbage' } }, lookup, {
      now,
    });
    expect(result).toMatchObject({ ok: false, code: 'IncompleteSignature' });
    result = await verifyRequest(
      {
        ...request,
        headers: {
          ...rest,
          authorization: String(authorization).replace('ACS3-HMAC-SHA256', 'ACS3-HMAC-SM3'),
        },
      },
      lookup,
      { now },
    );
    expect(result).toMatchObject({
      ok: false,
      code: 'IncompleteSignature',
      message: expect.stringMatching(/algorithm/),
    });
  });

  test.each(['host', 'x-acs-action', 'x-acs-version', 'x-acs-date', 'x-acs-content-sha256'])(
    'IncompleteSignature names a missing %s header',
    async (name) => {
      const request = signed();
      const headers = { ...request.headers };
      delete headers[name];
      const result = await verifyRequest({ ...request, headers }, lookup, { now });
      expect(result).toMatchObject({
        ok: false,
        code: 'IncompleteSignature',
        message: expect.stringContaining(name),
      });
    },
  );

  test('IncompleteSignature when a host / content-type / x-acs-* header is not in SignedHeaders', async () => {
    const request = signed();
    for (const extra of ['x-acs-extra', 'X-Acs-Other']) {
      const result = await verifyRequest(
        { ...request, headers: { ...request.headers, [extra]: 'v' } },
        lookup,
        { now },
      );
      expect(result).toMatchObject({
        ok: false,
        code: 'IncompleteSignature',
        message: expect.stringContaining(extra.toLowerCase()),
      });
    }
    const auth = String(request.headers.authorization).replace('content-type;', '');
    const result = await verifyRequest(
      { ...request, headers: { ...request.headers, authorization: auth } },
      lookup,
      { now },
    );
    expect(result).toMatchObject({
      ok: false,
      code: 'IncompleteSignature',
      message: expect.stringContaining('content-type'),
    });
  });

  test('an unsigned header outside host/content-type/x-acs-* is fine', async () => {
    const request = signed();
    const result = await verifyRequest(
      { ...request, headers: { ...request.headers, 'user-agent': 'x', accept: 'application/json' } },
      lookup,
      { now },
    );
    expect(result.ok).toBe(true);
  });

  test('InvalidTimeStamp.Expired beyond 15 minutes either way; maxSkewMs configurable', async () => {
    const request = signed();
    expect((await verifyRequest(request, lookup, { now: new Date(now.getTime() + 15 * 60_000) })).ok).toBe(
      true,
    );
    for (const offset of [15 * 60_000 + 1000, -(15 * 60_000 + 1000)]) {
      const result = await verifyRequest(request, lookup, { now: new Date(now.getTime() + offset) });
      expect(result).toMatchObject({ ok: false, code: 'InvalidTimeStamp.Expired' });
    }
    const tight = await verifyRequest(request, lookup, {
      now: new Date(now.getTime() + 2000),
      maxSkewMs: 1000,
    });
    expect(tight).toMatchObject({ ok: false, code: 'InvalidTimeStamp.Expired' });
  });

  test('a malformed x-acs-date is IncompleteSignature', async () => {
    const request = signed();
    const result = await verifyRequest(
      { ...request, headers: { ...request.headers, 'x-acs-date': '2025-06-01T12:00:00.000Z' } },
      lookup,
      { now },
    );
    expect(result).toMatchObject({
      ok: false,
      code: 'IncompleteSignature',
      message: expect.stringMatching(/x-acs-date/),
    });
  });

  test('InvalidAccessKeyId.NotFound for an unknown key', async () => {
    const request = signed({ credentials: { accessKeyId: 'NOPE', accessKeySecret: SECRET } });
    expect(await verifyRequest(request, lookup, { now })).toMatchObject({
      ok: false,
      code: 'InvalidAccessKeyId.NotFound',
      message: expect.stringContaining('NOPE'),
    });
  });

  test('InvalidSecurityToken.Mismatch: missing, wrong, or unexpected token', async () => {
    const missing = signed({ credentials: { accessKeyId: 'STS1', accessKeySecret: SECRET } });
    const wrong = signed({
      credentials: { accessKeyId: 'STS1', accessKeySecret: SECRET, securityToken: TOKEN + 'x' },
    });
    const unexpected = signed({
      credentials: { accessKeyId: 'AK1', accessKeySecret: SECRET, securityToken: TOKEN },
    });
    for (const request of [missing, wrong, unexpected]) {
      const result = await verifyRequest(request, lookup, { now });
      expect(result).toMatchObject({ ok: false, code: 'InvalidSecurityToken.Mismatch' });
      if (!result.ok) expectNoSecrets(result.message);
    }
  });

  test('SignatureDoesNotMatch with the server string to sign, never the secret', async () => {
    const request = signed({ credentials: { accessKeyId: 'AK1', accessKeySecret: 'other-secret' } });
    const result = await verifyRequest(request, lookup, { now });
    expect(result).toMatchObject({ ok: false, code: 'SignatureDoesNotMatch' });
    if (result.ok) throw new Error('expected a failure');
    expect(result.stringToSign).toMatch(/^ACS3-HMAC-SHA256\n[0-9a-f]{64}$/);
    expect(result.message).toContain(result.stringToSign);
    expectNoSecrets(result.message);
    expectNoSecrets(JSON.stringify(result));
  });

  test('the server string to sign equals the client one when only the secret differs', async () => {
    const good = signed();
    const bad = signed({ credentials: { accessKeyId: 'AK1', accessKeySecret: 'other-secret' } });
    const forged = { ...good, headers: { ...good.headers, authorization: bad.headers.authorization } };
    const result = await verifyRequest(forged, lookup, { now });
    expect(result).toMatchObject({ ok: false, code: 'SignatureDoesNotMatch' });
  });

  test('a body that does not match x-acs-content-sha256 is rejected, also with a matching signature', async () => {
    const request = signed();
    const result = await verifyRequest({ ...request, body: body + ' ' }, lookup, { now });
    expect(result).toMatchObject({
      ok: false,
      code: 'SignatureDoesNotMatch',
      message: expect.stringContaining('x-acs-content-sha256'),
    });
  });

  test('a tampered token (with its STS key) fails without showing either token', async () => {
    const request = signed({
      credentials: { accessKeyId: 'STS1', accessKeySecret: SECRET, securityToken: TOKEN },
    });
    const result = await verifyRequest(
      { ...request, headers: { ...request.headers, 'x-acs-security-token': 'sts-token-abcdefghijkX' } },
      lookup,
      { now },
    );
    expect(result).toMatchObject({ ok: false, code: 'InvalidSecurityToken.Mismatch' });
    if (!result.ok) {
      expectNoSecrets(result.message);
      expect(result.message).not.toContain('sts-token-abcdefghijkX');
    }
  });

  test('repeated headers given as arrays (headersDistinct) are merged like the signer does', async () => {
    const headers = signRequest(
      { method: 'GET', url: 'https://h/x', headers: { 'x-acs-test': 'b', 'X-Acs-Test': 'a' } },
      { accessKeyId: 'AK1', accessKeySecret: SECRET },
      { action: 'A', version: 'V', date: now },
    );
    const distinct: Record<string, string[]> = Object.fromEntries(
      Object.entries(headers).map(([k, v]) => [k, [v]]),
    );
    distinct['x-acs-test'] = ['b', 'a'];
    expect((await verifyRequest({ method: 'GET', url: '/x', headers: distinct }, lookup, { now })).ok).toBe(
      true,
    );
  });
});
