/** What signing needs of a request URL, as `new URL()` gives it: `host` (with any non-default port), `pathname`, and the query without `?`. */
export interface RequestUrlParts {
  host: string;
  pathname: string;
  query: string;
  /** The path is made of unreserved characters and `/` only, so `canonicalizePath` would return it unchanged. */
  canonicalPath: boolean;
}

// An http(s) URL the WHATWG parser leaves exactly as written: a lower-case ASCII host name whose last label starts with a
// letter (so it is never read as an IPv4 number) or a dotted-decimal IPv4 address, no user info, port or fragment, and
// a path and query made only of characters the parser never percent-encodes (the path's leading run of unreserved
// characters and `/` apart, so that an already canonical path is known without a second scan). Dot segments are checked
// after the match. Parsing costs as much as a third of signing a GET; anything else goes through `new URL`.
const PLAIN_URL =
  /^https?:\/\/((?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*|(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d))(\/[\w\-.~/]*([!$&'()*+,;=:@%][\w\-.~!$&'()*+,;=:@%/]*)?)?(?:\?([\w\-.~!$&()*+,;=:@%/?]*))?$/;

/**
 * Host, path and query of an absolute URL, equal to those of `new URL(url)`; throws a TypeError naming `request.url`
 * (but not the URL, whose query may carry tokens) when it is not one.
 */
export function splitRequestUrl(url: string | URL): RequestUrlParts {
  if (typeof url === 'string') {
    const plain = PLAIN_URL.exec(url);
    // Punycode (`xn--`) labels are validated by the parser, and a segment starting with `.` or `%2e` may be a dot
    // segment the parser resolves: both take the long way.
    const path = plain?.[2];
    if (
      plain !== null &&
      !plain[1]!.includes('xn--') &&
      (path === undefined || (!path.includes('/.') && !path.includes('/%2e') && !path.includes('/%2E')))
    ) {
      return {
        host: plain[1]!,
        pathname: path ?? '/',
        query: plain[4] ?? '',
        canonicalPath: plain[3] === undefined,
      };
    }
  }
  let parsed: URL;
  try {
    parsed = url instanceof URL ? url : new URL(url);
  } catch {
    throw new TypeError('request.url: expected an absolute URL such as https://host/path?query');
  }
  const search = parsed.search;
  return {
    host: parsed.host,
    pathname: parsed.pathname,
    query: search.length > 1 ? search.slice(1) : '',
    canonicalPath: false,
  };
}
