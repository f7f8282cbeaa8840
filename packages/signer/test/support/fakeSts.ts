import { computeRpcSignature, createRpcStringToSign } from '../../src/rpcSignatureV2';
import { sendJson, startLocalServer, type LocalServer } from './localServer';

export interface StsCallRecord {
  action: string;
  params: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
}

export interface FakeSts {
  server: LocalServer;
  url: string;
  calls: StsCallRecord[];
  /** What the next successful answers say. */
  issue: { expiration: string; accessKeyId: string; accessKeySecret: string; securityToken: string };
  /** Answer the next calls with this error (until cleared). */
  failWith: { status: number; body: unknown } | undefined;
  close(): Promise<void>;
}

function parseParams(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of text.split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    out[decodeURIComponent(pair.slice(0, eq))] = decodeURIComponent(pair.slice(eq + 1));
  }
  return out;
}

/**
 * A local STS: AssumeRole must carry a valid V2 HMAC-SHA1 signature from one of `secrets` (by AccessKeyId, with the
 * right SecurityToken when the source key has one); AssumeRoleWithOIDC must carry `oidcToken`.
 */
export async function startFakeSts(options: {
  secrets: Record<string, { secret: string; token?: string }>;
  oidcToken?: string;
}): Promise<FakeSts> {
  const calls: StsCallRecord[] = [];
  const fake: FakeSts = {
    server: undefined as unknown as LocalServer,
    url: '',
    calls,
    issue: {
      expiration: '2030-01-01T00:00:00Z',
      accessKeyId: 'STS.issued',
      accessKeySecret: 'issued-secret-value',
      securityToken: 'issued-token-value',
    },
    failWith: undefined,
    close: () => fake.server.close(),
  };
  fake.server = await startLocalServer((request, res) => {
    const q = request.url.indexOf('?');
    const query = parseParams(q === -1 ? '' : request.url.slice(q + 1));
    const form = parseParams(request.body);
    const params = { ...query, ...form };
    calls.push({ action: params.Action ?? '', params, headers: request.headers });
    if (fake.failWith !== undefined) return sendJson(res, fake.failWith.status, fake.failWith.body);
    if (
      request.method !== 'POST' ||
      request.headers['content-type'] !== 'application/x-www-form-urlencoded'
    ) {
      return sendJson(res, 400, { Code: 'BadRequest', Message: 'expected a form POST' });
    }
    if (params.Action === 'AssumeRole') {
      const key = options.secrets[params.AccessKeyId ?? ''];
      if (key === undefined)
        return sendJson(res, 404, {
          Code: 'InvalidAccessKeyId.NotFound',
          Message: 'Specified access key is not found.',
        });
      const stringToSign = createRpcStringToSign('POST', params);
      if (computeRpcSignature(stringToSign, key.secret) !== params.Signature) {
        return sendJson(res, 400, {
          Code: 'SignatureDoesNotMatch',
          Message: `Specified signature is not matched with our calculation. server string to sign is:${stringToSign}`,
        });
      }
      if ((key.token ?? '') !== (params.SecurityToken ?? '')) {
        return sendJson(res, 400, { Code: 'InvalidSecurityToken.Mismatch', Message: 'token mismatch' });
      }
    } else if (params.Action === 'AssumeRoleWithOIDC') {
      if (params.OIDCToken !== options.oidcToken) {
        return sendJson(res, 400, {
          Code: 'InvalidParameter.OIDCToken.Invalid',
          Message: `bad token ${params.OIDCToken}`,
        });
      }
    } else {
      return sendJson(res, 400, { Code: 'InvalidAction', Message: 'unknown action' });
    }
    sendJson(res, 200, {
      RequestId: 'req-1',
      AssumedRoleUser: { Arn: params.RoleArn, AssumedRoleId: 'id:' + params.RoleSessionName },
      Credentials: {
        AccessKeyId: fake.issue.accessKeyId,
        AccessKeySecret: fake.issue.accessKeySecret,
        SecurityToken: fake.issue.securityToken,
        Expiration: fake.issue.expiration,
      },
    });
  });
  fake.url = fake.server.url;
  return fake;
}
