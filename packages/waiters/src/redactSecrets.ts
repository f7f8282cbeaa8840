const SECRET_KEY = /token|secret|password|credential|signature/i;
const URL_WITH_QUERY = /^[a-z][a-z0-9+.-]*:\/\/[^?#\s]*\?/i;

/**
 * A deep copy of an API response fit for logs: values under keys that name a secret (`submitToken`, ...) and the
 * query of every URL (`dashboardUrl` carries `?token=`) are replaced by `[REDACTED]`.
 */
export function redactSecrets(value: unknown, depth = 0): unknown {
  if (depth > 20) return '[...]';
  if (typeof value === 'string') {
    const match = URL_WITH_QUERY.exec(value);
    return match ? `${match[0]}[REDACTED]` : value;
  }
  if (Array.isArray(value)) return value.map((item) => redactSecrets(item, depth + 1));
  if (typeof value !== 'object' || value === null) return value;
  if (value instanceof Date) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    copy[key] =
      SECRET_KEY.test(key) && item !== undefined && item !== null
        ? '[REDACTED]'
        : redactSecrets(item, depth + 1);
  }
  return copy;
}
