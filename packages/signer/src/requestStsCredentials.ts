import { CredentialsError } from './CredentialsError';
import { encodeRfc3986 } from './encodeRfc3986';
import { fetchText } from './fetchText';
import { parseJson } from './parseJson';
import type { RedactedCredentials } from './RedactedCredentials';
import { readSessionCredentials } from './readSessionCredentials';
import { redactSecrets } from './redactSecrets';

export interface StsCall {
  endpoint: URL;
  action: 'AssumeRole' | 'AssumeRoleWithOIDC';
  query: Record<string, string>;
  form: Record<string, string>;
  headers?: Record<string, string>;
  timeoutMs: number;
  signal?: AbortSignal;
  source: string;
  providerName: string;
  /** Values to scrub from anything STS says back (secrets, tokens). */
  secrets: (string | undefined)[];
}

function encodeParams(params: Record<string, string>): string {
  return Object.keys(params)
    .map((name) => encodeRfc3986(name) + '=' + encodeRfc3986(params[name]!))
    .join('&');
}

/** POSTs an STS call (query + form body) and reads `Credentials` from the answer. */
export async function requestStsCredentials(call: StsCall): Promise<RedactedCredentials> {
  const url = new URL(call.endpoint);
  url.pathname = '/';
  url.search = '?' + encodeParams(call.query);
  const response = await fetchText(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'application/json',
      ...call.headers,
    },
    body: encodeParams(call.form),
    timeoutMs: call.timeoutMs,
    signal: call.signal,
    source: call.source,
    what: `STS ${call.action} at ${url.host}`,
  });
  if (response.status !== 200) {
    let code = '';
    let message = '';
    try {
      const body = JSON.parse(response.text) as { Code?: unknown; Message?: unknown };
      code = typeof body.Code === 'string' ? body.Code : '';
      message = typeof body.Message === 'string' ? body.Message : '';
    } catch {
      // not JSON: the status says enough
    }
    // STS quotes its string to sign, which holds the source security token: never echo that message.
    const detail =
      code === 'SignatureDoesNotMatch'
        ? 'the access key secret of the source credentials is invalid'
        : redactSecrets(message, call.secrets).slice(0, 300);
    throw new CredentialsError(
      `STS ${call.action} failed with HTTP ${response.status}${code ? ' ' + code : ''}${detail ? ': ' + detail : ''}`,
      { code: 'CredentialsRequestFailed', source: call.source },
    );
  }
  const body = parseJson(response.text, call.source, `STS ${call.action} response`) as {
    Credentials?: unknown;
  };
  return readSessionCredentials(
    body?.Credentials,
    call.source,
    call.providerName,
    `STS ${call.action} response`,
  );
}
