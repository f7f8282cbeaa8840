function hexValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0x41 && code <= 0x46) return code - 0x37;
  if (code >= 0x61 && code <= 0x66) return code - 0x57;
  return -1;
}

/**
 * Percent-decodes a path segment or query component the way the server reads it (RFC 3986: `+` stays `+`).
 * A malformed escape (a lone `%`, `%ZZ`) is kept literally and invalid UTF-8 becomes U+FFFD, so this never throws;
 * signer and verifier share it, so both sides agree even on such input.
 */
// UNCONFIRMED: whether the gateway reads a raw `+` in the query as a space (form encoding) is not documented; we keep
// it a `+` (RFC 3986), and encodeRfc3986 always sends `+` as %2B, so requests built by this package never contain one.
export function decodeComponent(raw: string): string {
  if (raw.indexOf('%') === -1) return raw;
  try {
    return decodeURIComponent(raw);
  } catch {
    const utf8 = Buffer.from(raw, 'utf8');
    const bytes = Buffer.alloc(utf8.length);
    let length = 0;
    for (let i = 0; i < utf8.length; i++) {
      const high = utf8[i] === 0x25 && i + 2 < utf8.length ? hexValue(utf8[i + 1]!) : -1;
      const low = high >= 0 ? hexValue(utf8[i + 2]!) : -1;
      if (low >= 0) {
        bytes[length++] = high * 16 + low;
        i += 2;
      } else {
        bytes[length++] = utf8[i]!;
      }
    }
    return bytes.toString('utf8', 0, length);
  }
}
