import { createHash, hash } from 'node:crypto';

// crypto.hash (one shot, Node >= 20.12) skips the Hash object and is markedly faster on small inputs.
const oneShot: ((algorithm: string, data: string | Uint8Array, encoding: 'hex') => string) | undefined =
  typeof hash === 'function' ? (hash as never) : undefined;

/** Lower-case hex SHA-256 of a string (hashed as UTF-8) or bytes. */
export function sha256Hex(data: string | Uint8Array): string {
  if (oneShot !== undefined) return oneShot('sha256', data, 'hex');
  return createHash('sha256').update(data).digest('hex');
}
