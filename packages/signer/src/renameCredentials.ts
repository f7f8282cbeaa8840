import type { Credentials } from './Credentials';
import { RedactedCredentials } from './RedactedCredentials';

/** The same credentials, as {@link RedactedCredentials}, under another provider name. */
export function renameCredentials(credentials: Credentials, providerName: string): RedactedCredentials {
  return credentials instanceof RedactedCredentials
    ? credentials.withProviderName(providerName)
    : new RedactedCredentials({ ...credentials, providerName });
}
