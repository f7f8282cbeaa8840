import {
  cacheCredentials,
  defaultCredentialProvider,
  isCredentialsError,
  type CredentialProvider,
  type Credentials,
} from '@emr-ray/signer';
import { ConfigurationError } from '../errors/ConfigurationError';
import { InvalidParameterError } from '../errors/InvalidParameterError';

export type CredentialSource = (signal: AbortSignal | undefined) => Promise<Credentials>;

/**
 * Where a client gets its access key. A static key is checked now; a provider is cached (until its credentials
 * expire); without either the signer's default chain is built on first use, and its "found nothing" error becomes a
 * `ConfigurationError` (`MissingCredentials`) listing every source it tried.
 */
export function credentialSource(
  credentials: Credentials | CredentialProvider | undefined,
  chain: {
    env: Record<string, string | undefined>;
    homedir: string | undefined;
    profile: string | undefined;
  },
): CredentialSource {
  if (typeof credentials === 'function') {
    const cached = cacheCredentials(credentials);
    return (signal) => cached(signal ? { signal } : undefined);
  }
  if (credentials !== undefined) {
    checkStatic(credentials);
    const ready = Promise.resolve(credentials);
    return () => ready;
  }
  let provider: CredentialProvider | undefined;
  return async (signal) => {
    provider ??= defaultCredentialProvider({
      env: chain.env,
      homedir: chain.homedir,
      profile: chain.profile,
    });
    try {
      return await provider(signal ? { signal } : undefined);
    } catch (error) {
      if (signal?.aborted || !isCredentialsError(error) || error.code === 'CredentialsRequestFailed')
        throw error;
      throw new ConfigurationError(
        `No credentials for the EMR Serverless Spark client. Looked in options.credentials (not set), then ${error.message}`,
        { code: 'MissingCredentials', cause: error },
      );
    }
  };
}

function checkStatic(credentials: Credentials): void {
  if (typeof credentials !== 'object' || credentials === null) {
    throw new InvalidParameterError(
      'options.credentials',
      'options.credentials must be { accessKeyId, accessKeySecret, securityToken? } or a provider function',
    );
  }
  for (const field of ['accessKeyId', 'accessKeySecret'] as const) {
    const value = credentials[field];
    if (typeof value !== 'string' || value === '') {
      throw new InvalidParameterError(
        `options.credentials.${field}`,
        `options.credentials.${field} must be a non-empty string, got ${value === '' ? 'an empty string' : typeof value}`,
      );
    }
  }
  if (credentials.securityToken !== undefined && typeof credentials.securityToken !== 'string') {
    throw new InvalidParameterError(
      'options.credentials.securityToken',
      `options.credentials.securityToken must be a string when set, got ${typeof credentials.securityToken}`,
    );
  }
}
