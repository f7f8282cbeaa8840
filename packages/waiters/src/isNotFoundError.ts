import { isServiceError } from '@emr-ray/client';
import { NOT_RESOURCE_NOT_FOUND_CODES } from './NOT_RESOURCE_NOT_FOUND_CODES';

/**
 * True when the API says the resource does not exist: an HTTP 404 `ServiceError`, or a code ending in `.NotFound`
 * (the gateway's exact codes are unconfirmed), except codes about the caller's key or the action itself.
 */
export function isNotFoundError(error: unknown): boolean {
  if (!isServiceError(error)) return false;
  const code = typeof error.code === 'string' ? error.code : '';
  if (NOT_RESOURCE_NOT_FOUND_CODES.has(code)) return false;
  return error.statusCode === 404 || code.endsWith('.NotFound');
}
