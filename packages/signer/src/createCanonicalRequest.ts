/** The parts of a V3 canonical request, each already in canonical form. */
export interface CanonicalRequestParts {
  method: string;
  canonicalUri: string;
  canonicalQuery: string;
  canonicalHeaders: string;
  signedHeaders: string;
  hashedPayload: string;
}

/** Joins the canonical parts: note CanonicalHeaders ends in `\n`, hence the empty line before SignedHeaders. */
export function createCanonicalRequest(parts: CanonicalRequestParts): string {
  return (
    parts.method +
    '\n' +
    parts.canonicalUri +
    '\n' +
    parts.canonicalQuery +
    '\n' +
    parts.canonicalHeaders +
    '\n' +
    parts.signedHeaders +
    '\n' +
    parts.hashedPayload
  );
}
