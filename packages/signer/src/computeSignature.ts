import { createHmac } from 'node:crypto';

/** Hex HMAC-SHA256 of the string to sign keyed with the access key secret as-is (no derivation, no `&`). */
export function computeSignature(accessKeySecret: string, stringToSign: string): string {
  return createHmac('sha256', accessKeySecret).update(stringToSign).digest('hex');
}
