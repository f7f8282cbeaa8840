import { redact } from '@emr-ray/client';

/**
 * What a command prints: `value` with `submitToken` and the tokens in URLs (`dashboardUrl`, `accessUrl`, ...)
 * replaced by `[REDACTED]` (the client's `redact`, driven by the spec's secret fields), unless `showSecrets`.
 */
export function redactOutput<T>(value: T, showSecrets: boolean): T {
  return showSecrets ? value : redact(value);
}
