/** The fields of a V3 `Authorization` header. */
export interface ParsedAuthorization {
  algorithm: string;
  accessKeyId: string;
  signedHeaders: string[];
  signature: string;
}

/**
 * Parses `<algorithm> Credential=<id>,SignedHeaders=<a;b>,Signature=<hex>`. Returns a string saying what is wrong
 * when the header does not have that shape.
 */
export function parseAuthorization(value: string): ParsedAuthorization | string {
  const space = value.indexOf(' ');
  if (space <= 0)
    return 'Authorization header: expected "<algorithm> Credential=...,SignedHeaders=...,Signature=..."';
  const algorithm = value.slice(0, space);
  const fields = new Map<string, string>();
  for (const part of value.slice(space + 1).split(',')) {
    const eq = part.indexOf('=');
    if (eq <= 0) return `Authorization header: malformed field "${part.trim().slice(0, 40)}"`;
    fields.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  const accessKeyId = fields.get('Credential');
  const signedHeaders = fields.get('SignedHeaders');
  const signature = fields.get('Signature');
  if (!accessKeyId) return 'Authorization header: missing Credential';
  if (signedHeaders === undefined) return 'Authorization header: missing SignedHeaders';
  if (!signature) return 'Authorization header: missing Signature';
  return {
    algorithm,
    accessKeyId,
    signedHeaders: signedHeaders === '' ? [] : signedHeaders.split(';'),
    signature,
  };
}
