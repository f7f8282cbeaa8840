import { canonicalizeHeaders } from '../src/canonicalizeHeaders';
import { canonicalizePath } from '../src/canonicalizePath';
import { canonicalizeQuery } from '../src/canonicalizeQuery';
import { computeSignature } from '../src/computeSignature';
import { createCanonicalRequest } from '../src/createCanonicalRequest';
import { createStringToSign } from '../src/createStringToSign';
import { formatAuthorization } from '../src/formatAuthorization';
import { normalizeHeaders } from '../src/normalizeHeaders';
import { computeRpcSignature, createRpcStringToSign } from '../src/rpcSignatureV2';
import { sha256Hex } from '../src/sha256Hex';
import { signRequest } from '../src/signRequest';
import { verifyRequest } from '../src/verifyRequest';
import {
  canonicalizationVectors,
  hashVectors,
  officialV3Example,
  plumbingVectors,
  rpcV2Vectors,
} from './vectors';

describe('official V3 example (signing.md 2.1)', () => {
  const v = officialV3Example;
  const headers = signRequest(
    { method: v.method, url: v.url },
    { accessKeyId: v.accessKeyId, accessKeySecret: v.accessKeySecret },
    { action: v.action, version: v.version, date: new Date(v.date), nonce: v.nonce },
  );

  test('signRequest produces the documented Authorization', () => {
    expect(headers.authorization).toBe(v.authorization);
  });

  test('signRequest returns every header to send', () => {
    expect(headers).toEqual({
      host: 'ecs.cn-shanghai.aliyuncs.com',
      'x-acs-action': 'RunInstances',
      'x-acs-version': '2014-05-26',
      'x-acs-date': '2023-10-26T10:22:32Z',
      'x-acs-signature-nonce': '3156853299f313e23d1673dc12e1703d',
      'x-acs-content-sha256': 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      authorization: v.authorization,
    });
  });

  test('the helpers rebuild the documented canonical request, string to sign and signature', () => {
    const url = new URL(v.url);
    const { canonicalHeaders, signedHeaders } = canonicalizeHeaders(headers);
    const canonicalRequest = createCanonicalRequest({
      method: v.method,
      canonicalUri: canonicalizePath(url.pathname),
      canonicalQuery: canonicalizeQuery(url.search.slice(1)),
      canonicalHeaders,
      signedHeaders,
      hashedPayload: sha256Hex(''),
    });
    expect(canonicalRequest).toBe(v.canonicalRequest);
    expect(createStringToSign(canonicalRequest)).toBe(v.stringToSign);
    expect(computeSignature(v.accessKeySecret, v.stringToSign)).toBe(v.signature);
  });

  test('the query order on the wire does not matter', () => {
    const reordered = signRequest(
      {
        method: 'post',
        url: 'https://ecs.cn-shanghai.aliyuncs.com?RegionId=cn-shanghai&ImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd',
      },
      { accessKeyId: v.accessKeyId, accessKeySecret: v.accessKeySecret },
      { action: v.action, version: v.version, date: new Date(v.date), nonce: v.nonce },
    );
    expect(reordered.authorization).toBe(v.authorization);
  });

  test('verifyRequest accepts it at the documented time', async () => {
    const url = new URL(v.url);
    const result = await verifyRequest(
      { method: v.method, url: url.pathname + url.search, headers },
      (id) => (id === v.accessKeyId ? { accessKeySecret: v.accessKeySecret } : undefined),
      { now: new Date('2023-10-26T10:30:00Z') },
    );
    expect(result).toEqual({ ok: true, accessKeyId: 'YourAccessKeyId' });
  });
});

describe.each(hashVectors)('payload hash: $name', ({ input, hex }) => {
  test('sha256Hex', () => {
    expect(sha256Hex(input)).toBe(hex);
    expect(sha256Hex(Buffer.from(input))).toBe(hex);
  });
});

describe.each(canonicalizationVectors)('canonicalisation: $name', (v) => {
  const headers = normalizeHeaders(v.headers);
  const { canonicalHeaders, signedHeaders } = canonicalizeHeaders(headers);
  const canonicalRequest = createCanonicalRequest({
    method: v.method,
    canonicalUri: canonicalizePath(v.path),
    canonicalQuery: canonicalizeQuery(v.query),
    canonicalHeaders,
    signedHeaders,
    hashedPayload: v.hashedPayload,
  });

  test('canonical request', () => {
    expect(canonicalRequest).toBe(v.canonicalRequest);
  });

  test('authorization', () => {
    const signature = computeSignature(v.accessKeySecret, createStringToSign(canonicalRequest));
    expect(formatAuthorization(v.accessKeyId, signedHeaders, signature)).toBe(v.authorization);
  });
});

describe.each(plumbingVectors)('string to sign + HMAC plumbing: $name', (v) => {
  test('authorization from the given canonical request', () => {
    const signature = computeSignature(v.accessKeySecret, createStringToSign(v.canonicalRequest));
    expect(formatAuthorization(v.accessKeyId, v.signedHeaders, signature)).toBe(v.authorization);
  });
});

describe.each(rpcV2Vectors)('V2 RPC signature: $name', (v) => {
  test('string to sign', () => {
    expect(createRpcStringToSign(v.method, v.params)).toBe(v.stringToSign);
  });
  test('signature', () => {
    expect(computeRpcSignature(v.stringToSign, v.secret)).toBe(v.signature);
  });
  test('a Signature parameter is left out of the string to sign', () => {
    expect(createRpcStringToSign(v.method, { ...v.params, Signature: 'x' })).toBe(v.stringToSign);
  });
});
