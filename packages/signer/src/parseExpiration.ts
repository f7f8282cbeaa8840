import { CredentialsError } from './CredentialsError';

const EXPIRATION = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

/** Reads an `Expiration` (`YYYY-MM-DDTHH:mm:ssZ`, optionally with milliseconds) or throws naming the source. */
export function parseExpiration(value: unknown, source: string): Date {
  if (typeof value !== 'string' || !EXPIRATION.test(value) || Number.isNaN(Date.parse(value))) {
    throw new CredentialsError(
      `Expiration ${typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : typeof value} is not a UTC ` +
        'timestamp like 2006-01-02T15:04:05Z',
      { code: 'CredentialsInvalid', source },
    );
  }
  return new Date(value);
}
