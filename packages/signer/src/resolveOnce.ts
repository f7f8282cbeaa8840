import type { CredentialProvider } from './Credentials';
import { renameCredentials } from './renameCredentials';

/**
 * A provider that builds its inner provider from a file on the first call (again after a failed build, so a fixed
 * file is picked up) and names what it returns `<source>/<inner provider>`.
 */
export function resolveOnce(source: string, resolve: () => Promise<CredentialProvider>): CredentialProvider {
  let resolved: Promise<CredentialProvider> | undefined;
  return async (callOptions) => {
    callOptions?.signal?.throwIfAborted();
    resolved ??= resolve().catch((error: unknown) => {
      resolved = undefined;
      throw error;
    });
    const inner = await resolved;
    const credentials = await inner(callOptions);
    return renameCredentials(credentials, `${source}/${credentials.providerName ?? 'static_ak'}`);
  };
}
