import { randomUUID } from 'node:crypto';
import { canonicalizeHeaders } from './canonicalizeHeaders';
import { canonicalizePath } from './canonicalizePath';
import { canonicalizeQuery } from './canonicalizeQuery';
import { computeSignature } from './computeSignature';
import { createCanonicalRequest } from './createCanonicalRequest';
import { createStringToSign } from './createStringToSign';
import { formatAcsDate } from './formatAcsDate';
import { formatAuthorization } from './formatAuthorization';
import { normalizeHeaders } from './normalizeHeaders';
import { sha256Hex } from './sha256Hex';
import { splitRequestUrl } from './splitRequestUrl';
import { EMPTY_PAYLOAD_SHA256 } from './signatureAlgorithm';

/** A request to sign. */
export interface SignableRequest {
  /** HTTP method; signed upper-cased. */
  method: string;
  /**
   * Absolute URL. Its path must already be percent-encoded the way it goes on the wire (RFC 3986 per segment, see
   * `encodeRfc3986`); path and query are canonicalised from it.
   */
  url: string | URL;
  /** Headers the caller sends; returned lower-cased, with repeated names merged. */
  headers?: Record<string, string>;
  /** The body exactly as it will be sent (a string is sent as UTF-8). `undefined` means no body. */
  body?: string | Uint8Array;
}

/** The access key used to sign; any {@link Credentials} object fits. */
export interface SigningCredentials {
  accessKeyId: string;
  accessKeySecret: string;
  /** STS token; sent (and signed) as `x-acs-security-token`. */
  securityToken?: string;
}

export interface SignRequestOptions {
  /** API name sent as `x-acs-action`. @default the caller's `x-acs-action` header (one of the two is required) */
  action?: string;
  /** API version sent as `x-acs-version`. @default the caller's `x-acs-version` header (one of the two is required) */
  version?: string;
  /** Signing time, sent as `x-acs-date` without fractional seconds. @default new Date() */
  date?: Date;
  /** `x-acs-signature-nonce`. @default a random UUID, unique per request */
  nonce?: string;
}

const DEFAULT_CONTENT_TYPE = 'application/json; charset=utf-8';

function requireString(value: unknown, name: string): string {
  if (typeof value !== 'string' || value === '') {
    throw new TypeError(
      `${name}: expected a non-empty string, got ${value === '' ? 'an empty string' : typeof value}`,
    );
  }
  return value;
}

// The headers signRequest always sets, in sorted order, for the four combinations of content-type and token; sorting
// is only needed when the caller adds x-acs-* headers of its own.
const BASE_SIGNED = [
  'host',
  'x-acs-action',
  'x-acs-content-sha256',
  'x-acs-date',
  'x-acs-signature-nonce',
  'x-acs-version',
];
const SIGNED_NAMES = [false, true].map((withContentType) =>
  [false, true].map((withToken) =>
    [
      ...BASE_SIGNED,
      ...(withContentType ? ['content-type'] : []),
      ...(withToken ? ['x-acs-security-token'] : []),
    ].sort(),
  ),
);
const SIGNED_HEADERS = SIGNED_NAMES.map((byToken) => byToken.map((names) => names.join(';')));

/**
 * Signs a request with ACS3-HMAC-SHA256 (Alibaba Cloud signature V3) and returns every header to send, with
 * lower-case names: the caller's headers plus `host`, `x-acs-action`, `x-acs-version`, `x-acs-date`,
 * `x-acs-signature-nonce`, `x-acs-content-sha256`, `x-acs-security-token` (STS credentials only), `content-type`
 * (when there is a body and the caller set none: `application/json; charset=utf-8`) and `authorization`.
 * A caller's `host` header is kept (and signed); `x-acs-date`, the nonce, the payload hash and the token are always set here.
 */
export function signRequest(
  request: SignableRequest,
  credentials: SigningCredentials,
  options?: SignRequestOptions,
): Record<string, string> {
  const method = requireString(request.method, 'request.method').toUpperCase();
  const accessKeyId = requireString(credentials?.accessKeyId, 'credentials.accessKeyId');
  const accessKeySecret = requireString(credentials?.accessKeySecret, 'credentials.accessKeySecret');
  const url = splitRequestUrl(request.url);
  const headers = request.headers === undefined ? {} : normalizeHeaders(request.headers, 'authorization');

  const withToken = credentials.securityToken !== undefined && credentials.securityToken !== '';
  let extraSigned: string[] | undefined;
  for (const name in headers) {
    if (
      name.startsWith('x-acs-') &&
      !BASE_SIGNED.includes(name) &&
      !(withToken && name === 'x-acs-security-token')
    ) {
      (extraSigned ??= []).push(name);
    }
  }
  const host = (headers.host ??= url.host);
  const action = requireString(options?.action ?? headers['x-acs-action'], 'options.action');
  headers['x-acs-action'] = action;
  const version = requireString(options?.version ?? headers['x-acs-version'], 'options.version');
  headers['x-acs-version'] = version;
  const date: unknown = options?.date;
  const signedAt = date === undefined ? Date.now() : date instanceof Date ? date.getTime() : NaN;
  if (!Number.isFinite(signedAt)) throw new TypeError('options.date: expected a valid Date');
  const acsDate = formatAcsDate(signedAt);
  headers['x-acs-date'] = acsDate;
  const nonce = options?.nonce ?? randomUUID();
  headers['x-acs-signature-nonce'] = nonce;

  // `x-acs-accesskey-id` and `x-acs-credentials-provider`, which the official SDK adds, are not documented and left out.
  const body = request.body;
  const hashedPayload = body === undefined || body.length === 0 ? EMPTY_PAYLOAD_SHA256 : sha256Hex(body);
  headers['x-acs-content-sha256'] = hashedPayload;
  let contentType = headers['content-type'];
  // fetch adds `text/plain` to a string body without one, and an unsigned content-type is rejected.
  if (body !== undefined && contentType === undefined) {
    contentType = DEFAULT_CONTENT_TYPE;
    headers['content-type'] = contentType;
  }
  const token = withToken ? credentials.securityToken! : undefined;
  if (token !== undefined) headers['x-acs-security-token'] = token;

  let canonicalHeaders: string;
  let signedHeaders: string;
  if (extraSigned === undefined) {
    // The usual case: the names are known, so the canonical lines are built straight from the values (sorted order).
    canonicalHeaders =
      (contentType === undefined ? '' : 'content-type:' + contentType + '\n') +
      'host:' +
      host +
      '\nx-acs-action:' +
      action +
      '\nx-acs-content-sha256:' +
      hashedPayload +
      '\nx-acs-date:' +
      acsDate +
      '\n' +
      (token === undefined ? '' : 'x-acs-security-token:' + token + '\n') +
      'x-acs-signature-nonce:' +
      nonce +
      '\nx-acs-version:' +
      version +
      '\n';
    signedHeaders = SIGNED_HEADERS[contentType === undefined ? 0 : 1]![withToken ? 1 : 0]!;
  } else {
    const names = [
      ...SIGNED_NAMES[contentType === undefined ? 0 : 1]![withToken ? 1 : 0]!,
      ...extraSigned,
    ].sort();
    ({ canonicalHeaders, signedHeaders } = canonicalizeHeaders(headers, names));
  }
  const canonicalRequest = createCanonicalRequest({
    method,
    canonicalUri: url.canonicalPath ? url.pathname : canonicalizePath(url.pathname),
    canonicalQuery: canonicalizeQuery(url.query),
    canonicalHeaders,
    signedHeaders,
    hashedPayload,
  });
  const signature = computeSignature(accessKeySecret, createStringToSign(canonicalRequest));
  headers.authorization = formatAuthorization(accessKeyId, signedHeaders, signature);
  return headers;
}
