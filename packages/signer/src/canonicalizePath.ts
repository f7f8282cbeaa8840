import { decodeComponent } from './decodeComponent';
import { encodeRfc3986 } from './encodeRfc3986';

const ALREADY_CANONICAL = /^\/[A-Za-z0-9\-._~/]*$/;

/**
 * CanonicalURI of a V3 signature from a path as it goes on the wire: each `/`-separated segment is decoded and
 * re-encoded with {@link encodeRfc3986}, so `%7E` and `~`, or `'` and `%27`, canonicalise alike. An empty path is `/`.
 */
// UNCONFIRMED (signing.md 1.9 #3): the SDK leaves ! ' ( ) raw in the canonical URI while the doc encodes them; we follow
// the doc (strict RFC 3986), and the client sends the same strict encoding on the wire, so both readings agree for it.
export function canonicalizePath(rawPath: string): string {
  if (ALREADY_CANONICAL.test(rawPath)) return rawPath;
  if (rawPath === '') return '/';
  const segments = rawPath.split('/');
  let out = rawPath.charCodeAt(0) === 0x2f ? '' : '/';
  for (let i = 0; i < segments.length; i++) {
    out += (i === 0 ? '' : '/') + encodeRfc3986(decodeComponent(segments[i]!));
  }
  return out;
}
