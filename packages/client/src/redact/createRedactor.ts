import { REDACTED } from './REDACTED';
import { redactUrlQuery } from './redactUrlQuery';

// Always secret, whatever the API table says: credentials, signatures and the tokens of the Ray gateway.
const BUILT_IN_SECRET_NAMES = [
  'authorization',
  'accessKeySecret',
  'access_key_secret',
  'securityToken',
  'security_token',
  'x-acs-security-token',
  'x-acs-bearer-token',
  'bearerToken',
  'submitToken',
  'ray-token',
  'password',
];

const QUERY_SECRET =
  /([?&][^=&#\s"'<>]*(?:token|signature|secret|credential|password|accesskey)[^=&#\s"'<>]*=)[^&#\s"'<>]*/gi;
// `ACS3-HMAC-SHA256 Credential=...,SignedHeaders=...,Signature=...` (V3) and `acs <AccessKeyId>:<signature>` (V2).
const ACS3_AUTHORIZATION = /\b(ACS3-[A-Z0-9-]+) [^\s"',]+(?:,[^\s"',]+)*/g;
const ACS_V2_AUTHORIZATION = /\b(acs) [^\s"':]+:[^\s"',]+/g;

export interface Redactor {
  /** A copy of `value` (object, array or string) with secret fields and URL tokens replaced by `[REDACTED]`. */
  redact<T>(value: T): T;
  /** `text` with secrets replaced: `name: value` / `"name": "value"` pairs, authorization values, URL query tokens. */
  redactText(text: string): string;
}

/**
 * Builds a redactor for the given secret field names (matched case-insensitively) and fields that hold URLs whose
 * query carries a token. `createClient` and the CLI use one built from the API table's secret fields.
 */
export function createRedactor(
  secretFields: Iterable<string>,
  urlTokenFields: Iterable<string> = [],
): Redactor {
  const secret = new Set<string>();
  for (const name of [...BUILT_IN_SECRET_NAMES, ...secretFields]) secret.add(name.toLowerCase());
  const urlToken = new Set<string>();
  for (const name of urlTokenFields) urlToken.add(name.toLowerCase());
  // In free text any key that looks like a credential is redacted too (`token=...`, `x-oss-signature: ...`).
  const names = [
    '[\\w.-]*(?:token|secret|signature|password|api[_-]?key|private[_-]?key|credential)[\\w.-]*',
    ...[...secret].map(escapeRegExp),
  ].join('|');
  const jsonPair = new RegExp(`("(?:${names})"\\s*:\\s*)"(?:[^"\\\\]|\\\\.)*"`, 'gi');
  const plainPair = new RegExp(
    `(^|[\\s{,;&?])((?:${names})\\s*[:=]\\s*)(?!\\s*(?:"|ACS3-|acs |\\[REDACTED\\]))[^\\s,;&]+`,
    'gim',
  );

  function redactText(text: string): string {
    return text
      .replace(ACS3_AUTHORIZATION, `$1 ${REDACTED}`)
      .replace(ACS_V2_AUTHORIZATION, `$1 ${REDACTED}`)
      .replace(jsonPair, `$1"${REDACTED}"`)
      .replace(plainPair, `$1$2${REDACTED}`)
      .replace(QUERY_SECRET, `$1${REDACTED}`);
  }

  function walk(value: unknown, seen: WeakSet<object>): unknown {
    if (typeof value === 'string') return redactText(value);
    if (typeof value !== 'object' || value === null) return value;
    if (seen.has(value)) return '[Circular]';
    seen.add(value);
    if (Array.isArray(value)) return value.map((item) => walk(item, seen));
    if (value instanceof Date) return value;
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const lower = key.toLowerCase();
      if (secret.has(lower)) out[key] = item === undefined || item === null || item === '' ? item : REDACTED;
      else if (urlToken.has(lower)) out[key] = redactUrls(item);
      else out[key] = walk(item, seen);
    }
    return out;
  }

  return {
    redact: <T>(value: T): T => walk(value, new WeakSet()) as T,
    redactText,
  };
}

function redactUrls(value: unknown): unknown {
  if (typeof value === 'string') return redactUrlQuery(value);
  if (Array.isArray(value)) return value.map(redactUrls);
  return value;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
}
