import { CredentialsError } from './CredentialsError';
import { parseExpiration } from './parseExpiration';
import { RedactedCredentials } from './RedactedCredentials';

/**
 * Turns `{ AccessKeyId, AccessKeySecret, SecurityToken, Expiration }` (IMDS, STS `Credentials`, credentials URI) into
 * credentials; a missing field is named, its value never shown.
 */
export function readSessionCredentials(
  value: unknown,
  source: string,
  providerName: string,
  what: string,
): RedactedCredentials {
  const fields = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const missing = ['AccessKeyId', 'AccessKeySecret', 'SecurityToken', 'Expiration'].filter(
    (name) => typeof fields[name] !== 'string' || fields[name] === '',
  );
  if (missing.length > 0) {
    throw new CredentialsError(`${what} lacks ${missing.join(', ')}`, { code: 'CredentialsInvalid', source });
  }
  return new RedactedCredentials({
    accessKeyId: fields.AccessKeyId as string,
    accessKeySecret: fields.AccessKeySecret as string,
    securityToken: fields.SecurityToken as string,
    expiration: parseExpiration(fields.Expiration, source),
    providerName,
  });
}
