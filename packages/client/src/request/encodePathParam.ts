import { encodeRfc3986 } from '@emr-ray/signer';
import { InvalidParameterError } from '../errors/InvalidParameterError';

/**
 * Checks one path parameter and percent-encodes it as a single path segment (RFC 3986: `/`, `?`, `#`, `%` and every
 * non-ASCII byte are escaped), so that no id can change which resource the request addresses. `.` and `..` are
 * refused outright: URL parsers (and fetch) resolve them as dot segments even when percent-encoded.
 */
export function encodePathParam(operation: string, name: string, value: unknown): string {
  if (value === undefined || value === null || value === '') {
    const got = value === '' ? 'an empty string' : String(value);
    throw new InvalidParameterError(
      name,
      `${operation}: ${name} is required (a non-empty string), got ${got}`,
    );
  }
  if (typeof value !== 'string') {
    throw new InvalidParameterError(name, `${operation}: ${name} must be a string, got ${typeof value}`);
  }
  if (value === '.' || value === '..') {
    throw new InvalidParameterError(name, `${operation}: ${name} must be an id, got "${value}"`);
  }
  return encodeRfc3986(value);
}
