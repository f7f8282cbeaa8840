import { isSignedHeaderName } from './isSignedHeaderName';

/** CanonicalHeaders (each `name:value\n`) and SignedHeaders (`;`-joined names) of a V3 signature. */
export interface CanonicalHeaders {
  canonicalHeaders: string;
  signedHeaders: string;
}

/**
 * Builds CanonicalHeaders and SignedHeaders from headers already passed through `normalizeHeaders` (lower-case
 * names, merged values). Without `names`, every header that must be signed is taken (the signer's view); the verifier
 * passes the names listed in the request's SignedHeaders instead.
 */
export function canonicalizeHeaders(
  headers: Readonly<Record<string, string>>,
  names?: readonly string[],
): CanonicalHeaders {
  const selected = names === undefined ? Object.keys(headers).filter(isSignedHeaderName).sort() : names;
  let canonicalHeaders = '';
  for (const name of selected) canonicalHeaders += name + ':' + (headers[name] ?? '') + '\n';
  return { canonicalHeaders, signedHeaders: selected.join(';') };
}
