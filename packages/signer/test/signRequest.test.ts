import { createHash } from 'node:crypto';
import { signRequest } from '../src/signRequest';
import { verifyRequest } from '../src/verifyRequest';

const credentials = { accessKeyId: 'AKID', accessKeySecret: 'secret-value-1234' };
const fixed = {
  action: 'GetRayCluster',
  version: '2023-08-08',
  date: new Date('2025-01-02T03:04:05.678Z'),
  nonce: 'n1',
};
const url =
  'https://emr-serverless-spark.cn-hangzhou.aliyuncs.com/api/v1/workspaces/w-1/rayCluster/rc-1?regionId=cn-hangzhou';

describe('signRequest', () => {
  test('GET: host from the URL, no content-type, empty-payload hash, date without fractional seconds', () => {
    const headers = signRequest({ method: 'GET', url }, credentials, fixed);
    expect(headers.host).toBe('emr-serverless-spark.cn-hangzhou.aliyuncs.com');
    expect(headers['x-acs-date']).toBe('2025-01-02T03:04:05Z');
    expect(headers['content-type']).toBeUndefined();
    expect(headers['x-acs-content-sha256']).toBe(createHash('sha256').update('').digest('hex'));
    expect(headers.authorization).toMatch(
      /^ACS3-HMAC-SHA256 Credential=AKID,SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=[0-9a-f]{64}$/,
    );
  });

  test('a host with a non-default port keeps it; a default port is dropped like fetch does', () => {
    expect(signRequest({ method: 'GET', url: 'http://127.0.0.1:8080/x' }, credentials, fixed).host).toBe(
      '127.0.0.1:8080',
    );
    expect(signRequest({ method: 'GET', url: 'https://Example.COM:443/x' }, credentials, fixed).host).toBe(
      'example.com',
    );
  });

  test('POST body: hashed exactly as sent, default JSON content-type signed, caller content-type kept', () => {
    const body = JSON.stringify({ name: 'ray', note: '中文 ✓' });
    const headers = signRequest({ method: 'POST', url, body }, credentials, fixed);
    expect(headers['x-acs-content-sha256']).toBe(
      createHash('sha256').update(Buffer.from(body, 'utf8')).digest('hex'),
    );
    expect(headers['content-type']).toBe('application/json; charset=utf-8');
    expect(headers.authorization).toContain('SignedHeaders=content-type;host;');

    const bytes = signRequest({ method: 'POST', url, body: Buffer.from(body, 'utf8') }, credentials, fixed);
    expect(bytes.authorization).toBe(headers.authorization);

    const form = signRequest(
      { method: 'POST', url, body: 'a=1', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } },
      credentials,
      fixed,
    );
    expect(form['content-type']).toBe('application/x-www-form-urlencoded');
    expect(Object.keys(form)).not.toContain('Content-Type');
  });

  test('STS credentials add a signed x-acs-security-token', () => {
    const headers = signRequest({ method: 'GET', url }, { ...credentials, securityToken: 'tok' }, fixed);
    expect(headers['x-acs-security-token']).toBe('tok');
    expect(headers.authorization).toContain(';x-acs-security-token;');
  });

  test('a caller x-acs-security-token without STS credentials is still signed', async () => {
    const headers = signRequest(
      { method: 'GET', url, headers: { 'X-Acs-Security-Token': 'tok' } },
      credentials,
      fixed,
    );
    expect(headers.authorization).toContain(';x-acs-security-token;');
    const result = await verifyRequest(
      { method: 'GET', url: new URL(url).pathname + new URL(url).search, headers },
      () => ({
        ...credentials,
        securityToken: 'tok',
      }),
      { now: fixed.date },
    );
    expect(result.ok).toBe(true);
  });

  test('caller headers are lower-cased, repeated names merged and signed, others sent unsigned', () => {
    const headers = signRequest(
      {
        method: 'GET',
        url,
        headers: {
          'X-Acs-Test': ' http ',
          'x-acs-test': 'https',
          'User-Agent': 'me/1',
          Authorization: 'old',
        },
      },
      credentials,
      fixed,
    );
    expect(headers['x-acs-test']).toBe('http,https');
    expect(headers['user-agent']).toBe('me/1');
    expect(headers.authorization).toContain('x-acs-signature-nonce;x-acs-test;x-acs-version,');
    expect(headers.authorization).not.toContain('user-agent');
    expect(headers.authorization).not.toBe('old');
  });

  test('action and version may come from the caller headers; one of the two is required', () => {
    const viaHeaders = signRequest(
      { method: 'GET', url, headers: { 'x-acs-action': 'GetRayCluster', 'x-acs-version': '2023-08-08' } },
      credentials,
      { date: fixed.date, nonce: fixed.nonce },
    );
    expect(viaHeaders.authorization).toBe(
      signRequest({ method: 'GET', url }, credentials, fixed).authorization,
    );
    expect(() => signRequest({ method: 'GET', url }, credentials, { version: 'v' })).toThrow(
      /options\.action/,
    );
    expect(() => signRequest({ method: 'GET', url }, credentials, { action: 'a' })).toThrow(
      /options\.version/,
    );
  });

  test('without date/nonce: now (whole seconds) and a fresh nonce per request', () => {
    const before = Math.floor(Date.now() / 1000) * 1000;
    const a = signRequest({ method: 'GET', url }, credentials, { action: 'A', version: 'V' });
    const b = signRequest({ method: 'GET', url }, credentials, { action: 'A', version: 'V' });
    const signedAt = Date.parse(a['x-acs-date']!);
    expect(a['x-acs-date']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(signedAt).toBeGreaterThanOrEqual(before);
    expect(signedAt).toBeLessThanOrEqual(Date.now());
    expect(a['x-acs-signature-nonce']).not.toBe(b['x-acs-signature-nonce']);
    expect(a['x-acs-signature-nonce']!.length).toBeGreaterThanOrEqual(32);
  });

  test('accepts a URL object the same as its string', () => {
    expect(signRequest({ method: 'get', url: new URL(url) }, credentials, fixed)).toEqual(
      signRequest({ method: 'GET', url }, credentials, fixed),
    );
  });

  test('bad input names the parameter and never echoes the secret', () => {
    expect(() => signRequest({ method: 'GET', url: '/relative' }, credentials, fixed)).toThrow(
      /request\.url/,
    );
    expect(() => signRequest({ method: '', url }, credentials, fixed)).toThrow(/request\.method/);
    expect(() =>
      signRequest({ method: 'GET', url }, credentials, { ...fixed, date: new Date(Number.NaN) }),
    ).toThrow('options.date: expected a valid Date');
    expect(() =>
      signRequest({ method: 'GET', url }, credentials, {
        ...fixed,
        date: '2023-10-26T10:22:32Z' as unknown as Date,
      }),
    ).toThrow('options.date: expected a valid Date');
    expect(() =>
      signRequest({ method: 'GET', url }, { accessKeyId: 'A', accessKeySecret: '' }, fixed),
    ).toThrow(/credentials\.accessKeySecret/);
    try {
      signRequest({ method: 'GET', url }, { accessKeyId: '', accessKeySecret: 'secret-value-1234' }, fixed);
      throw new Error('expected a throw');
    } catch (error) {
      expect((error as Error).message).toMatch(/credentials\.accessKeyId/);
      expect((error as Error).message).not.toContain('secret-value-1234');
    }
  });

  test('paths with reserved characters: wire forms that mean the same sign the same', async () => {
    const a = signRequest(
      { method: 'GET', url: 'https://h/api/v1/workspaces/ws%201/rayCluster/rc%2A1~x' },
      credentials,
      fixed,
    );
    const b = signRequest(
      { method: 'GET', url: 'https://h/api/v1/workspaces/ws 1/rayCluster/rc*1%7Ex' },
      credentials,
      fixed,
    );
    expect(b.authorization).toBe(a.authorization);
    const result = await verifyRequest(
      { method: 'GET', url: '/api/v1/workspaces/ws%201/rayCluster/rc%2A1~x', headers: a },
      () => credentials,
      { now: fixed.date },
    );
    expect(result.ok).toBe(true);
  });
});
