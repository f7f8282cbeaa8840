import type { CredentialProvider, Credentials } from './Credentials';
import { CredentialsError } from './CredentialsError';
import { raceSignal } from './raceSignal';

export interface CacheCredentialsOptions {
  /** Refresh temporary credentials this long before they expire. @default 900_000 (15 minutes) */
  staleWindowMs?: number;
  /** Clock in epoch ms, for tests. @default Date.now */
  now?: () => number;
}

const MAX_RETRY_DELAY_MS = 60_000;

/**
 * Caches what `provider` returns: credentials without `expiration` forever, temporary ones until they enter the stale
 * window. Concurrent callers share one refresh (which runs without any one caller's signal, so one caller giving up
 * does not fail the others). When a refresh fails while the cached credentials have not expired yet, those keep
 * being served and the next attempt waits 1 s, 2 s, 4 s ... (at most 60 s, with jitter).
 */
export function cacheCredentials(
  provider: CredentialProvider,
  options?: CacheCredentialsOptions,
): CredentialProvider {
  const staleWindowMs = options?.staleWindowMs ?? 15 * 60 * 1000;
  const now = options?.now ?? Date.now;
  let current: Credentials | undefined;
  let pending: Promise<Credentials> | undefined;
  let failures = 0;
  let retryAt = 0;

  const usable = (credentials: Credentials, at: number): boolean =>
    credentials.expiration === undefined || at < credentials.expiration.getTime();

  const refresh = async (): Promise<Credentials> => {
    try {
      const next = await provider();
      if (!usable(next, now())) {
        throw new CredentialsError('received credentials that have already expired', {
          code: 'CredentialsInvalid',
          source: next.providerName ?? 'unknown',
        });
      }
      current = next;
      failures = 0;
      return next;
    } catch (error) {
      failures += 1;
      const delay = Math.min(MAX_RETRY_DELAY_MS, 1000 * 2 ** (failures - 1));
      retryAt = now() + delay * (0.5 + Math.random() / 2);
      if (current !== undefined && usable(current, now())) return current;
      throw error;
    } finally {
      pending = undefined;
    }
  };

  return (callOptions) => {
    const signal = callOptions?.signal;
    if (signal?.aborted) return Promise.reject(signal.reason);
    const at = now();
    if (current !== undefined) {
      const expiration = current.expiration?.getTime();
      if (expiration === undefined || at < expiration - staleWindowMs) return Promise.resolve(current);
      if (at < retryAt && at < expiration) return Promise.resolve(current);
    }
    pending ??= refresh();
    return raceSignal(pending, signal);
  };
}
