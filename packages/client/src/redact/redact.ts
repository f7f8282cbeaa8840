import { secretFieldNames } from '../operations.generated';
import { createRedactor } from './createRedactor';

const names = Object.keys(secretFieldNames);
const defaultRedactor = createRedactor(
  names.filter((name) => secretFieldNames[name] === 'value'),
  names.filter((name) => secretFieldNames[name] === 'url-token'),
);

/**
 * A copy of `value` safe to print or log: credentials, signatures, `submitToken` (and every field the spec marks
 * `x-emr-ray-secret`) are replaced by `[REDACTED]`, and URLs that carry a token keep everything but their query
 * values. Strings are scanned for `name: value` pairs, `Authorization` values and URL query tokens.
 */
export function redact<T>(value: T): T {
  return defaultRedactor.redact(value);
}

/** `text` with secrets replaced, as `redact` does for strings. */
export function redactText(text: string): string {
  return defaultRedactor.redactText(text);
}
