import { cacheCredentials, type CacheCredentialsOptions } from './cacheCredentials';
import type { CredentialProvider } from './Credentials';
import { CredentialsError } from './CredentialsError';
import { fetchText } from './fetchText';
import { parseJson } from './parseJson';
import type { RedactedCredentials } from './RedactedCredentials';
import { readSessionCredentials } from './readSessionCredentials';

export interface FromEcsRamRoleOptions extends CacheCredentialsOptions {
  /** The instance's RAM role. @default env ALIBABA_CLOUD_ECS_METADATA, else asked from the metadata service */
  roleName?: string;
  /** Metadata service base URL. @default 'http://100.100.100.200' */
  endpoint?: string;
  /** Require an IMDSv2 token (no v1 fallback). @default env ALIBABA_CLOUD_IMDSV1_DISABLED === 'true' */
  disableImdsV1?: boolean;
  /** Timeout of each metadata request. @default 1000 */
  timeoutMs?: number;
  /** Lifetime asked for the IMDSv2 token. @default 21600 */
  tokenTtlSeconds?: number;
  /** `ALIBABA_CLOUD_ECS_METADATA_DISABLED=true` turns this provider off. @default process.env */
  env?: NodeJS.ProcessEnv;
}

const SOURCE = 'ecs_ram_role';
const CREDENTIALS_PATH = '/latest/meta-data/ram/security-credentials/';

/**
 * Credentials of the ECS instance's RAM role from the metadata service: IMDSv2 token first (`PUT /latest/api/token`),
 * then the role name (unless given) and its credentials, falling back once to IMDSv1 (no token) unless disabled.
 * Cached and refreshed 15 minutes before expiry.
 */
export function fromEcsRamRole(options?: FromEcsRamRoleOptions): CredentialProvider {
  const timeoutMs = options?.timeoutMs ?? 1000;
  const base = new URL(options?.endpoint ?? 'http://100.100.100.200');

  const get = async (
    path: string,
    token: string | undefined,
    signal: AbortSignal | undefined,
    what: string,
  ) => {
    const response = await fetchText(new URL(path, base), {
      headers: token === undefined ? {} : { 'x-aliyun-ecs-metadata-token': token },
      timeoutMs,
      signal,
      source: SOURCE,
      what,
    });
    if (response.status !== 200) {
      throw new CredentialsError(`${what} answered HTTP ${response.status}`, {
        code: response.status === 404 ? 'CredentialsNotFound' : 'CredentialsRequestFailed',
        source: SOURCE,
      });
    }
    return response.text;
  };

  const readRole = async (
    token: string | undefined,
    signal: AbortSignal | undefined,
  ): Promise<RedactedCredentials> => {
    const env = options?.env ?? process.env;
    let roleName = options?.roleName || env.ALIBABA_CLOUD_ECS_METADATA;
    if (!roleName) {
      roleName = (await get(CREDENTIALS_PATH, token, signal, 'the RAM role name lookup'))
        .trim()
        .split('\n')[0]!
        .trim();
      if (roleName === '') {
        throw new CredentialsError('the instance has no RAM role attached', {
          code: 'CredentialsNotFound',
          source: SOURCE,
        });
      }
    }
    const what = `the credentials of RAM role ${roleName}`;
    const text = await get(CREDENTIALS_PATH + encodeURIComponent(roleName), token, signal, what);
    const body = parseJson(text, SOURCE, what) as { Code?: unknown };
    if (body?.Code !== 'Success') {
      throw new CredentialsError(`${what}: Code is ${JSON.stringify(body?.Code)}, expected "Success"`, {
        code: 'CredentialsRequestFailed',
        source: SOURCE,
      });
    }
    return readSessionCredentials(body, SOURCE, SOURCE, what);
  };

  const fetchCredentials: CredentialProvider = async (callOptions) => {
    const signal = callOptions?.signal;
    const env = options?.env ?? process.env;
    if (env.ALIBABA_CLOUD_ECS_METADATA_DISABLED === 'true') {
      throw new CredentialsError('disabled by ALIBABA_CLOUD_ECS_METADATA_DISABLED=true', {
        code: 'CredentialsNotFound',
        source: SOURCE,
      });
    }
    const disableV1 = options?.disableImdsV1 ?? env.ALIBABA_CLOUD_IMDSV1_DISABLED === 'true';
    let token: string | undefined;
    try {
      const response = await fetchText(new URL('/latest/api/token', base), {
        method: 'PUT',
        headers: { 'x-aliyun-ecs-metadata-token-ttl-seconds': String(options?.tokenTtlSeconds ?? 21600) },
        timeoutMs,
        signal,
        source: SOURCE,
        what: 'the IMDSv2 token request',
      });
      if (response.status !== 200 || response.text === '') {
        throw new CredentialsError(`the IMDSv2 token request answered HTTP ${response.status}`, {
          code: 'CredentialsRequestFailed',
          source: SOURCE,
        });
      }
      token = response.text;
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      if (disableV1) {
        throw new CredentialsError(
          `${(error as Error).message.replace(/^ecs_ram_role: /, '')}, and IMDSv1 is disabled (ALIBABA_CLOUD_IMDSV1_DISABLED)`,
          { code: 'CredentialsRequestFailed', source: SOURCE, cause: error },
        );
      }
    }
    try {
      return await readRole(token, signal);
    } catch (error) {
      if (signal?.aborted || token === undefined || disableV1) throw error;
      return readRole(undefined, signal);
    }
  };
  return cacheCredentials(fetchCredentials, options);
}
