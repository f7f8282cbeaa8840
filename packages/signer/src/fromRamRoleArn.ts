import { randomUUID } from 'node:crypto';
import { cacheCredentials, type CacheCredentialsOptions } from './cacheCredentials';
import type { CredentialProvider, Credentials } from './Credentials';
import { CredentialsError } from './CredentialsError';
import { formatAcsDate } from './formatAcsDate';
import { requestStsCredentials } from './requestStsCredentials';
import { resolveStsEndpoint, type StsEndpointOptions } from './resolveStsEndpoint';
import { computeRpcSignature, createRpcStringToSign } from './rpcSignatureV2';

export interface FromRamRoleArnOptions extends StsEndpointOptions, CacheCredentialsOptions {
  /** The credentials that assume the role (an access key, STS credentials, or another provider). */
  source: Credentials | CredentialProvider;
  /** `acs:ram::<uid>:role/<name>`. @default env ALIBABA_CLOUD_ROLE_ARN */
  roleArn?: string;
  /** @default env ALIBABA_CLOUD_ROLE_SESSION_NAME, else `emr-ray-<epoch ms>` */
  roleSessionName?: string;
  /** Session length, at least 900. @default 3600 */
  durationSeconds?: number;
  /** A policy (JSON text) further restricting the role. @default none */
  policy?: string;
  /** @default none */
  externalId?: string;
  /** Timeout of one STS call. @default 10_000 */
  timeoutMs?: number;
  /** @default process.env */
  env?: NodeJS.ProcessEnv;
}

const SOURCE = 'ram_role_arn';

/**
 * Temporary credentials of a RAM role through STS `AssumeRole`, signed with the source credentials (V2 RPC
 * HMAC-SHA1, like `@alicloud/credentials`). Cached and refreshed 15 minutes before expiry (see `cacheCredentials`).
 */
// UNCONFIRMED (signing.md 3.6): STS should also accept a V3 signature; V2 is what the official credentials library sends.
export function fromRamRoleArn(options: FromRamRoleArnOptions): CredentialProvider {
  const now = options.now ?? Date.now;
  const durationSeconds = options.durationSeconds ?? 3600;
  if (!Number.isInteger(durationSeconds) || durationSeconds < 900) {
    throw new TypeError(
      `fromRamRoleArn: durationSeconds must be an integer of at least 900, got ${durationSeconds}`,
    );
  }
  const assume: CredentialProvider = async (callOptions) => {
    const env = options.env ?? process.env;
    const roleArn = options.roleArn || env.ALIBABA_CLOUD_ROLE_ARN;
    if (!roleArn) {
      throw new CredentialsError('no role ARN (option roleArn or ALIBABA_CLOUD_ROLE_ARN)', {
        code: 'CredentialsNotFound',
        source: SOURCE,
      });
    }
    const source =
      typeof options.source === 'function'
        ? await options.source({ signal: callOptions?.signal })
        : options.source;
    const sourceName = source.providerName ?? (source.securityToken ? 'static_sts' : 'static_ak');
    const query: Record<string, string> = {
      Version: '2015-04-01',
      Action: 'AssumeRole',
      Format: 'JSON',
      Timestamp: formatAcsDate(now()),
      SignatureMethod: 'HMAC-SHA1',
      SignatureVersion: '1.0',
      SignatureNonce: randomUUID(),
      AccessKeyId: source.accessKeyId,
    };
    if (source.securityToken) query.SecurityToken = source.securityToken;
    const form: Record<string, string> = {
      RoleArn: roleArn,
      RoleSessionName: options.roleSessionName || env.ALIBABA_CLOUD_ROLE_SESSION_NAME || `emr-ray-${now()}`,
      DurationSeconds: String(durationSeconds),
    };
    if (options.policy) form.Policy = options.policy;
    if (options.externalId) form.ExternalId = options.externalId;
    query.Signature = computeRpcSignature(
      createRpcStringToSign('POST', { ...query, ...form }),
      source.accessKeySecret,
    );
    return requestStsCredentials({
      endpoint: resolveStsEndpoint(options, env),
      action: 'AssumeRole',
      query,
      form,
      headers: { 'x-acs-credentials-provider': sourceName },
      timeoutMs: options.timeoutMs ?? 10_000,
      signal: callOptions?.signal,
      source: SOURCE,
      providerName: `${SOURCE}/${sourceName}`,
      secrets: [source.accessKeySecret, source.securityToken],
    });
  };
  return cacheCredentials(assume, options);
}
