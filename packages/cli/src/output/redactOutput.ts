import { createRedactor, secretFieldNames, type Redactor } from '@emr-ray/client';

let redactor: Redactor | undefined;

/**
 * What a command prints: `value` with `submitToken` and the tokens in URLs (`dashboardUrl`, `accessUrl`, ...)
 * replaced by `[REDACTED]`, unless `showSecrets` (`--show-secrets`). The secret fields are those the spec marks.
 */
export function redactOutput<T>(value: T, showSecrets: boolean): T {
  if (showSecrets) return value;
  redactor ??= createRedactor(
    Object.keys(secretFieldNames).filter((name) => secretFieldNames[name] === 'value'),
    Object.keys(secretFieldNames).filter((name) => secretFieldNames[name] === 'url-token'),
  );
  return redactor.redact(value);
}
