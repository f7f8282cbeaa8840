type HeaderGetter = (name: string) => string | undefined;

/**
 * The wait the gateway asks for, in ms, or undefined. Order: the larger `TimeLeft` of `x-ratelimit-user-api` and
 * `x-ratelimit-user` (`Limit:N,Remain:0,TimeLeft:<ms>,Reset:...`; the unit ms is UNCONFIRMED, it is what the official
 * runtime assumes), then `x-acs-retry-after` (ms, as the official runtime reads it), then standard `Retry-After`
 * (seconds or an HTTP date).
 */
export function retryAfterFromHeaders(header: HeaderGetter, now: number = Date.now()): number | undefined {
  const api = timeLeft(header('x-ratelimit-user-api'));
  const user = timeLeft(header('x-ratelimit-user'));
  if (api !== undefined || user !== undefined) return Math.max(api ?? 0, user ?? 0);
  const acs = nonNegativeInt(header('x-acs-retry-after'));
  if (acs !== undefined) return acs;
  const standard = header('retry-after');
  if (standard === undefined) return undefined;
  const seconds = nonNegativeInt(standard);
  if (seconds !== undefined) return seconds * 1000;
  const date = Date.parse(standard);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function timeLeft(value: string | undefined): number | undefined {
  if (!value) return undefined;
  for (const pair of value.split(',')) {
    const colon = pair.indexOf(':');
    if (colon !== -1 && pair.slice(0, colon).trim().toLowerCase() === 'timeleft') {
      return nonNegativeInt(pair.slice(colon + 1));
    }
  }
  return undefined;
}

function nonNegativeInt(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (!/^\d+$/.test(trimmed)) return undefined;
  return Number(trimmed);
}
