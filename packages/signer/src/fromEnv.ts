import type { CredentialProvider } from './Credentials';
import { CredentialsError } from './CredentialsError';
import { RedactedCredentials } from './RedactedCredentials';

export interface FromEnvOptions {
  /** Where to read the variables. @default process.env */
  env?: NodeJS.ProcessEnv;
}

/**
 * Credentials from `ALIBABA_CLOUD_ACCESS_KEY_ID` and `ALIBABA_CLOUD_ACCESS_KEY_SECRET`, plus
 * `ALIBABA_CLOUD_SECURITY_TOKEN` when set (provider name `env`). Read on every call.
 */
export function fromEnv(options?: FromEnvOptions): CredentialProvider {
  return async (callOptions) => {
    callOptions?.signal?.throwIfAborted();
    const env = options?.env ?? process.env;
    const accessKeyId = env.ALIBABA_CLOUD_ACCESS_KEY_ID;
    const accessKeySecret = env.ALIBABA_CLOUD_ACCESS_KEY_SECRET;
    if (!accessKeyId || !accessKeySecret) {
      const missing = [
        accessKeyId ? undefined : 'ALIBABA_CLOUD_ACCESS_KEY_ID',
        accessKeySecret ? undefined : 'ALIBABA_CLOUD_ACCESS_KEY_SECRET',
      ].filter((name) => name !== undefined);
      throw new CredentialsError(`${missing.join(' and ')} not set`, {
        code: 'CredentialsNotFound',
        source: 'env',
      });
    }
    return new RedactedCredentials({
      accessKeyId,
      accessKeySecret,
      securityToken: env.ALIBABA_CLOUD_SECURITY_TOKEN || undefined,
      providerName: 'env',
    });
  };
}
