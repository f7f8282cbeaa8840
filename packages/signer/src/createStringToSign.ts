import { sha256Hex } from './sha256Hex';
import { SIGNATURE_ALGORITHM } from './signatureAlgorithm';

/** `ACS3-HMAC-SHA256\n` + hex SHA-256 of the canonical request (no date or scope line, unlike AWS SigV4). */
export function createStringToSign(canonicalRequest: string): string {
  return SIGNATURE_ALGORITHM + '\n' + sha256Hex(canonicalRequest);
}
