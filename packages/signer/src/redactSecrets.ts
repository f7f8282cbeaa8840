import { encodeRfc3986 } from './encodeRfc3986';

/**
 * Replaces every occurrence of the given secrets in a text (raw, percent-encoded, or encoded twice as in a V2 string
 * to sign) with `<redacted>`. Used on any text a remote service sends back before it reaches an error message.
 */
export function redactSecrets(text: string, secrets: readonly (string | undefined)[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret === undefined || secret.length < 4) continue;
    const once = encodeRfc3986(secret);
    for (const form of [secret, once, encodeRfc3986(once), encodeURIComponent(secret)]) {
      out = out.split(form).join('<redacted>');
    }
  }
  return out;
}
