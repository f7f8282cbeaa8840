import { InvalidParameterError } from '../errors/InvalidParameterError';
import { REDACTED } from '../redact/REDACTED';
import { redactUrlQuery } from '../redact/redactUrlQuery';

/** `options.endpoint` checked and normalised to `protocol://host[:port][/prefix]` without a trailing slash. */
export function parseEndpoint(endpoint: string, source = 'options.endpoint'): string {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new InvalidParameterError(
      source,
      `${source} must be an http(s) URL such as https://host, got "${echo(String(endpoint))}"`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new InvalidParameterError(source, `${source} must use http: or https:, got "${url.protocol}"`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new InvalidParameterError(source, `${source} must not carry a query, fragment or user info`);
  }
  return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}`;
}

// An unparsable endpoint may still carry a credential (a signed URL's query, a password before the `@`).
function echo(endpoint: string): string {
  return redactUrlQuery(endpoint).replace(/^([^/?#]*\/\/)[^/?#]*@/, `$1${REDACTED}@`);
}
