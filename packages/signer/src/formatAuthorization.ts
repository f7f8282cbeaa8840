import { SIGNATURE_ALGORITHM } from './signatureAlgorithm';

/** `ACS3-HMAC-SHA256 Credential=<id>,SignedHeaders=<names>,Signature=<hex>`: one space, commas without spaces. */
export function formatAuthorization(accessKeyId: string, signedHeaders: string, signature: string): string {
  return (
    SIGNATURE_ALGORITHM +
    ' Credential=' +
    accessKeyId +
    ',SignedHeaders=' +
    signedHeaders +
    ',Signature=' +
    signature
  );
}
