import { cacheCredentials, type CacheCredentialsOptions } from './cacheCredentials';
import type { CredentialProvider } from './Credentials';
import { CredentialsError } from './CredentialsError';
import { describeUrl } from './describeUrl';
import { fetchText } from './fetchText';
import { parseJson } from './parseJson';
import { readSessionCredentials } from './readSessionCredentials';

export interface FromCredentialsUriOptions extends CacheCredentialsOptions {
  /** URL answering `{ AccessKeyId, AccessKeySecret, SecurityToken, Expiration }`. @default env ALIBABA_CLOUD_CREDENTIALS_URI */
  uri?: string;
  /** Timeout of one request. @default 10_000 */
  timeoutMs?: number;
  /** @default process.env */
  env?: NodeJS.ProcessEnv;
}

const SOURCE = 'credential_uri';

/**
 * Temporary credentials from a credentials URI (a sidecar or an internal service). A `Code` other than `Success`, when
 * present, is an error. The URI's query and user info (often a token) never appear in errors. Cached and refreshed
 * 15 minutes before expiry.
 */
export function fromCredentialsUri(options?: FromCredentialsUriOptions): CredentialProvider {
  const fetchCredentials: CredentialProvider = async (callOptions) => {
    const env = options?.env ?? process.env;
    const uri = options?.uri || env.ALIBABA_CLOUD_CREDENTIALS_URI;
    if (!uri) {
      throw new CredentialsError('ALIBABA_CLOUD_CREDENTIALS_URI not set', {
        code: 'CredentialsNotFound',
        source: SOURCE,
      });
    }
    let url: URL;
    try {
      url = new URL(uri);
    } catch {
      throw new CredentialsError('the credentials URI is not an absolute URL', {
        code: 'CredentialsInvalid',
        source: SOURCE,
      });
    }
    const what = `the credentials URI ${describeUrl(url)}`;
    const response = await fetchText(url, {
      timeoutMs: options?.timeoutMs ?? 10_000,
      signal: callOptions?.signal,
      source: SOURCE,
      what,
    });
    if (response.status !== 200) {
      throw new CredentialsError(`${what} answered HTTP ${response.status}`, {
        code: 'CredentialsRequestFailed',
        source: SOURCE,
      });
    }
    const body = parseJson(response.text, SOURCE, what) as { Code?: unknown };
    // The CLI requires Code "Success", @alicloud/credentials ignores Code: accept it absent, reject any other value.
    if (body?.Code !== undefined && body.Code !== 'Success') {
      throw new CredentialsError(`${what}: Code is ${JSON.stringify(body.Code)}, expected "Success"`, {
        code: 'CredentialsRequestFailed',
        source: SOURCE,
      });
    }
    return readSessionCredentials(body, SOURCE, SOURCE, what);
  };
  return cacheCredentials(fetchCredentials, options);
}
