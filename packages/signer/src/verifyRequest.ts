import { canonicalizeHeaders } from './canonicalizeHeaders';
import { canonicalizePath } from './canonicalizePath';
import { canonicalizeQuery } from './canonicalizeQuery';
import { computeSignature } from './computeSignature';
import { createCanonicalRequest } from './createCanonicalRequest';
import { createStringToSign } from './createStringToSign';
import { isSignedHeaderName } from './isSignedHeaderName';
import { normalizeHeaders } from './normalizeHeaders';
import { parseAcsDate } from './parseAcsDate';
import { parseAuthorization } from './parseAuthorization';
import { sha256Hex } from './sha256Hex';
import { EMPTY_PAYLOAD_SHA256, SIGNATURE_ALGORITHM } from './signatureAlgorithm';
import { timingSafeEqualText } from './timingSafeEqualText';

/** A request as a server received it. */
export interface VerifiableRequest {
  method: string;
  /** Path and query as received (e.g. `IncomingMessage.url`), or an absolute URL. */
  url: string;
  /** Received headers; any case. Pass `req.headersDistinct` to keep repeated headers apart. */
  headers: Record<string, string | string[] | undefined>;
  /** The raw body bytes (a string is read as UTF-8). */
  body?: string | Uint8Array;
}

/** The secret (and STS token, if the key has one) of an access key id, or `undefined` when the key is unknown. */
export type SecretLookup = (
  accessKeyId: string,
) =>
  | { accessKeySecret: string; securityToken?: string }
  | undefined
  | Promise<{ accessKeySecret: string; securityToken?: string } | undefined>;

export interface VerifyRequestOptions {
  /** The server's clock. @default new Date() */
  now?: Date;
  /** Largest accepted distance between `x-acs-date` and `now`. @default 900_000 (15 minutes) */
  maxSkewMs?: number;
}

export type VerifyFailureCode =
  | 'IncompleteSignature'
  | 'SignatureDoesNotMatch'
  | 'InvalidAccessKeyId.NotFound'
  | 'InvalidSecurityToken.Mismatch'
  | 'InvalidTimeStamp.Expired';

/** Outcome of {@link verifyRequest}; messages never contain a secret or a token. */
export type VerifyResult =
  | { ok: true; accessKeyId: string }
  | {
      ok: false;
      code: VerifyFailureCode;
      message: string;
      /** The server's string to sign, on SignatureDoesNotMatch (like the gateway's message). */
      stringToSign?: string;
    };

/** Headers without which a V3 request cannot be checked. */
// UNCONFIRMED (signing.md 5 #3): the doc calls x-acs-signature-nonce optional, so it is not required here, but when
// present it is an x-acs- header and therefore has to be signed.
const REQUIRED_HEADERS = ['host', 'x-acs-action', 'x-acs-version', 'x-acs-date', 'x-acs-content-sha256'];

function fail(code: VerifyFailureCode, message: string, stringToSign?: string): VerifyResult {
  return stringToSign === undefined
    ? { ok: false, code, message }
    : { ok: false, code, message, stringToSign };
}

function splitTarget(url: string): { path: string; query: string } {
  let target = url;
  if (!target.startsWith('/')) {
    try {
      const parsed = new URL(target);
      target = parsed.pathname + parsed.search;
    } catch {
      // not absolute: read it as a path
    }
  }
  const hash = target.indexOf('#');
  if (hash !== -1) target = target.slice(0, hash);
  const question = target.indexOf('?');
  return question === -1
    ? { path: target, query: '' }
    : { path: target.slice(0, question), query: target.slice(question + 1) };
}

/**
 * Verifies an ACS3-HMAC-SHA256 signed request the way the gateway does: parses `Authorization`, checks that the
 * required headers are there and that every `host`, `content-type` and `x-acs-*` header is signed, that `x-acs-date`
 * is within `maxSkewMs`, the access key is known, the STS token matches the key's, the body matches
 * `x-acs-content-sha256`, and finally recomputes the signature and compares it in constant time.
 */
export async function verifyRequest(
  request: VerifiableRequest,
  lookupSecret: SecretLookup,
  options?: VerifyRequestOptions,
): Promise<VerifyResult> {
  const now = (options?.now ?? new Date()).getTime();
  const maxSkewMs = options?.maxSkewMs ?? 15 * 60 * 1000;
  const headers = normalizeHeaders(request.headers);

  const authorization = headers.authorization;
  if (authorization === undefined || authorization === '') {
    return fail('IncompleteSignature', 'The request has no Authorization header.');
  }
  const parsed = parseAuthorization(authorization);
  if (typeof parsed === 'string') return fail('IncompleteSignature', parsed);
  if (parsed.algorithm !== SIGNATURE_ALGORITHM) {
    return fail('IncompleteSignature', `Unsupported signature algorithm "${parsed.algorithm.slice(0, 40)}".`);
  }

  for (const name of REQUIRED_HEADERS) {
    if (headers[name] === undefined) return fail('IncompleteSignature', `The request has no ${name} header.`);
  }
  const signed = new Set(parsed.signedHeaders);
  for (const name of Object.keys(headers)) {
    if (isSignedHeaderName(name) && !signed.has(name)) {
      return fail('IncompleteSignature', `Header ${name} is present but not listed in SignedHeaders.`);
    }
  }
  for (const name of parsed.signedHeaders) {
    if (headers[name] === undefined) {
      return fail('IncompleteSignature', `Signed header ${name.slice(0, 64)} is not in the request.`);
    }
  }

  const date = parseAcsDate(headers['x-acs-date']!);
  if (Number.isNaN(date)) {
    return fail('IncompleteSignature', 'x-acs-date must be UTC yyyy-MM-ddTHH:mm:ssZ.');
  }
  if (Math.abs(now - date) > maxSkewMs) {
    return fail(
      'InvalidTimeStamp.Expired',
      `x-acs-date ${headers['x-acs-date']} is more than ${Math.round(maxSkewMs / 1000)} s away from the server time ` +
        `${new Date(now).toISOString()}.`,
    );
  }

  const key = await lookupSecret(parsed.accessKeyId);
  if (key === undefined) {
    return fail('InvalidAccessKeyId.NotFound', `Access key id ${parsed.accessKeyId} is not known.`);
  }

  const sentToken = headers['x-acs-security-token'];
  if (key.securityToken !== undefined && key.securityToken !== '') {
    if (sentToken === undefined || !timingSafeEqualText(sentToken, key.securityToken)) {
      return fail(
        'InvalidSecurityToken.Mismatch',
        sentToken === undefined
          ? 'The access key is temporary but the request has no x-acs-security-token.'
          : 'x-acs-security-token does not belong to the access key.',
      );
    }
  } else if (sentToken !== undefined) {
    return fail(
      'InvalidSecurityToken.Mismatch',
      'x-acs-security-token was sent for an access key that takes none.',
    );
  }

  const body = request.body;
  const hashedPayload = body === undefined || body.length === 0 ? EMPTY_PAYLOAD_SHA256 : sha256Hex(body);
  const { path, query } = splitTarget(request.url);
  const { canonicalHeaders, signedHeaders } = canonicalizeHeaders(headers, parsed.signedHeaders);
  const stringToSign = createStringToSign(
    createCanonicalRequest({
      method: request.method.toUpperCase(),
      canonicalUri: canonicalizePath(path),
      canonicalQuery: canonicalizeQuery(query),
      canonicalHeaders,
      signedHeaders,
      hashedPayload,
    }),
  );
  if (headers['x-acs-content-sha256'] !== hashedPayload) {
    return fail(
      'SignatureDoesNotMatch',
      'x-acs-content-sha256 is not the SHA-256 of the received body. Server string to sign is: ' +
        stringToSign,
      stringToSign,
    );
  }
  const expected = computeSignature(key.accessKeySecret, stringToSign);
  if (!timingSafeEqualText(parsed.signature, expected)) {
    return fail(
      'SignatureDoesNotMatch',
      'Specified signature does not match our calculation. Server string to sign is: ' + stringToSign,
      stringToSign,
    );
  }
  return { ok: true, accessKeyId: parsed.accessKeyId };
}
