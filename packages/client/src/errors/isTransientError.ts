import { hasErrorBrand } from './errorBrand';
import { isServiceError } from './isServiceError';

/**
 * True when trying again later may succeed: throttling, a 5xx answer, a network failure or a timeout. An abort is
 * not transient (the caller asked to stop), nor is any other 4xx, nor a failed TLS certificate check (a
 * `NetworkError` with code `CertificateError`: polling would only hide it until the deadline). Waiters use this to keep polling through hiccups.
 */
export function isTransientError(value: unknown): boolean {
  if (!hasErrorBrand(value)) return false;
  if (value.name === 'NetworkError') return value.code !== 'CertificateError';
  if (value.name === 'ThrottlingError' || value.name === 'RequestTimeoutError') {
    return true;
  }
  return isServiceError(value) && value.statusCode >= 500;
}
