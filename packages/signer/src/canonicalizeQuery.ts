import { decodeComponent } from './decodeComponent';
import { encodeRfc3986 } from './encodeRfc3986';

// One `name=value` made of unreserved characters only is already canonical (the common case of a single regionId).
const SINGLE_SAFE_PAIR = /^[A-Za-z0-9\-._~]+=[A-Za-z0-9\-._~]*$/;

interface QueryPair {
  name: string;
  value: string;
}

function byNameThenValue(a: QueryPair, b: QueryPair): number {
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  if (a.value === b.value) return 0;
  return a.value < b.value ? -1 : 1;
}

/**
 * CanonicalQueryString of a V3 signature from a raw query string (without `?`, as on the wire): pairs decoded,
 * sorted by name then value, each name and value encoded with {@link encodeRfc3986}, `name=` for a bare name,
 * joined with `&`.
 */
// UNCONFIRMED (signing.md 1.9 #2): pairs are sorted on the decoded names and values by UTF-16 code unit, like the
// official SDK (and a Java TreeMap); only non-ASCII or exotic names could sort differently on the gateway.
export function canonicalizeQuery(rawQuery: string): string {
  if (rawQuery === '') return '';
  if (SINGLE_SAFE_PAIR.test(rawQuery)) return rawQuery;
  const parts = rawQuery.split('&');
  const pairs: QueryPair[] = [];
  for (const part of parts) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    pairs.push(
      eq === -1
        ? { name: decodeComponent(part), value: '' }
        : { name: decodeComponent(part.slice(0, eq)), value: decodeComponent(part.slice(eq + 1)) },
    );
  }
  if (pairs.length > 1) pairs.sort(byNameThenValue);
  let out = '';
  for (let i = 0; i < pairs.length; i++) {
    const pair = pairs[i]!;
    out += (i === 0 ? '' : '&') + encodeRfc3986(pair.name) + '=' + encodeRfc3986(pair.value);
  }
  return out;
}
