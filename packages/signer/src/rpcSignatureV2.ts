import { createHmac } from 'node:crypto';
import { encodeRfc3986 } from './encodeRfc3986';

/**
 * V2 RPC string to sign (still what `@alicloud/credentials` uses for STS AssumeRole): parameters sorted by name,
 * `pe(name)=pe(value)` joined by `&`, then `METHOD&%2F&` + pe(that).
 */
export function createRpcStringToSign(method: string, params: Readonly<Record<string, string>>): string {
  const names = Object.keys(params)
    .filter((name) => name !== 'Signature')
    .sort();
  const canonical = names.map((name) => encodeRfc3986(name) + '=' + encodeRfc3986(params[name]!)).join('&');
  return method + '&%2F&' + encodeRfc3986(canonical);
}

/** Base64 HMAC-SHA1 keyed with `secret + '&'`. */
export function computeRpcSignature(stringToSign: string, accessKeySecret: string): string {
  return createHmac('sha1', accessKeySecret + '&')
    .update(stringToSign)
    .digest('base64');
}
