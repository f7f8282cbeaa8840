import type { CredentialProvider, Credentials } from './Credentials';
import { RedactedCredentials } from './RedactedCredentials';

/**
 * A provider that always returns the given credentials (never refreshed). `providerName` defaults to `static_sts`
 * when a security token is given, else `static_ak`.
 */
export function staticCredentials(credentials: Credentials): CredentialProvider {
  for (const field of ['accessKeyId', 'accessKeySecret'] as const) {
    if (typeof credentials?.[field] !== 'string' || credentials[field] === '') {
      throw new TypeError(`staticCredentials: credentials.${field} must be a non-empty string`);
    }
  }
  const value = new RedactedCredentials({
    ...credentials,
    providerName: credentials.providerName ?? (credentials.securityToken ? 'static_sts' : 'static_ak'),
  });
  return (options) => {
    if (options?.signal?.aborted) return Promise.reject(options.signal.reason);
    return Promise.resolve(value);
  };
}
