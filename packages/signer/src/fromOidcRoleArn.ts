import { readFile } from 'node:fs/promises';
import { cacheCredentials, type CacheCredentialsOptions } from './cacheCredentials';
import type { CredentialProvider } from './Credentials';
import { CredentialsError } from './CredentialsError';
import { formatAcsDate } from './formatAcsDate';
import { requestStsCredentials } from './requestStsCredentials';
import { resolveStsEndpoint, type StsEndpointOptions } from './resolveStsEndpoint';

export interface FromOidcRoleArnOptions extends StsEndpointOptions, CacheCredentialsOptions {
  /** @default env ALIBABA_CLOUD_ROLE_ARN */
  roleArn?: string;
  /** `acs:ram::<uid>:oidc-provider/<name>`. @default env ALIBABA_CLOUD_OIDC_PROVIDER_ARN */
  oidcProviderArn?: string;
  /** File holding the OIDC token, re-read on every refresh. @default env ALIBABA_CLOUD_OIDC_TOKEN_FILE */
  oidcTokenFile?: string;
  /** @default env ALIBABA_CLOUD_ROLE_SESSION_NAME, else `emr-ray-<epoch ms>` */
  roleSessionName?: string;
  /** At least 900. @default 3600 */
  durationSeconds?: number;
  /** @default none */
  policy?: string;
  /** Timeout of one STS call. @default 10_000 */
  timeoutMs?: number;
  /** @default process.env */
  env?: NodeJS.ProcessEnv;
}

const SOURCE = 'oidc_role_arn';

/**
 * Temporary credentials through STS `AssumeRoleWithOIDC` (unsigned: the OIDC token is the proof), e.g. for RRSA on
 * ACK. Cached and refreshed 15 minutes before expiry.
 */
export function fromOidcRoleArn(options?: FromOidcRoleArnOptions): CredentialProvider {
  const now = options?.now ?? Date.now;
  const durationSeconds = options?.durationSeconds ?? 3600;
  if (!Number.isInteger(durationSeconds) || durationSeconds < 900) {
    throw new TypeError(
      `fromOidcRoleArn: durationSeconds must be an integer of at least 900, got ${durationSeconds}`,
    );
  }
  const assume: CredentialProvider = async (callOptions) => {
    const env = options?.env ?? process.env;
    const roleArn = options?.roleArn || env.ALIBABA_CLOUD_ROLE_ARN;
    const oidcProviderArn = options?.oidcProviderArn || env.ALIBABA_CLOUD_OIDC_PROVIDER_ARN;
    const tokenFile = options?.oidcTokenFile || env.ALIBABA_CLOUD_OIDC_TOKEN_FILE;
    const missing = [
      roleArn ? '' : 'ALIBABA_CLOUD_ROLE_ARN',
      oidcProviderArn ? '' : 'ALIBABA_CLOUD_OIDC_PROVIDER_ARN',
      tokenFile ? '' : 'ALIBABA_CLOUD_OIDC_TOKEN_FILE',
    ].filter(Boolean);
    if (missing.length > 0) {
      throw new CredentialsError(`${missing.join(', ')} not set (nor given as options)`, {
        code: 'CredentialsNotFound',
        source: SOURCE,
      });
    }
    let token: string;
    try {
      token = (await readFile(tokenFile!, { encoding: 'utf8', signal: callOptions?.signal })).trim();
    } catch (error) {
      if (callOptions?.signal?.aborted) throw callOptions.signal.reason;
      throw new CredentialsError(
        `cannot read the OIDC token file ${tokenFile} (${(error as { code?: string }).code})`,
        {
          code: 'CredentialsNotFound',
          source: SOURCE,
          cause: error,
        },
      );
    }
    if (token === '') {
      throw new CredentialsError(`the OIDC token file ${tokenFile} is empty`, {
        code: 'CredentialsInvalid',
        source: SOURCE,
      });
    }
    const form: Record<string, string> = {
      OIDCProviderArn: oidcProviderArn!,
      OIDCToken: token,
      RoleArn: roleArn!,
      RoleSessionName: options?.roleSessionName || env.ALIBABA_CLOUD_ROLE_SESSION_NAME || `emr-ray-${now()}`,
      DurationSeconds: String(durationSeconds),
    };
    if (options?.policy) form.Policy = options.policy;
    return requestStsCredentials({
      endpoint: resolveStsEndpoint(options ?? {}, env),
      action: 'AssumeRoleWithOIDC',
      query: {
        Version: '2015-04-01',
        Action: 'AssumeRoleWithOIDC',
        Format: 'JSON',
        Timestamp: formatAcsDate(now()),
      },
      form,
      timeoutMs: options?.timeoutMs ?? 10_000,
      signal: callOptions?.signal,
      source: SOURCE,
      providerName: SOURCE,
      secrets: [token],
    });
  };
  return cacheCredentials(assume, options);
}
