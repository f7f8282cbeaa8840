import { createHmac, createSecretKey, type KeyObject } from 'node:crypto';

// A KeyObject spares re-encoding the secret on every HMAC; one entry, since a process signs with one key at a time.
let lastSecret: string | undefined;
let lastKey: KeyObject | undefined;

/** Hex HMAC-SHA256 of the string to sign keyed with the access key secret as-is (no derivation, no `&`). */
export function computeSignature(accessKeySecret: string, stringToSign: string): string {
  if (accessKeySecret !== lastSecret || lastKey === undefined) {
    lastKey = createSecretKey(Buffer.from(accessKeySecret, 'utf8'));
    lastSecret = accessKeySecret;
  }
  return createHmac('sha256', lastKey).update(stringToSign).digest('hex');
}
