import { hasErrorBrand } from '../errors/errorBrand';
import type { NetworkError } from '../errors/NetworkError';
import { isServiceError } from '../errors/isServiceError';

/**
 * Whether a failed attempt may be repeated. The rule: repeat only what cannot run twice on the server.
 * - A throttling answer: always. The gateway refused the call before executing it.
 * - A network failure that certainly happened before the request reached the server (connection refused, DNS
 *   failure; see `NetworkError.notSent`): always.
 * - A 5xx answer, a timeout or any other network failure (reset, truncated answer): only when the operation is
 *   idempotent (`x-emr-ray-idempotent` in the spec, i.e. `idempotent` in the operations table: the reads, Delete,
 *   Stop, Cancel, and Start, which carries a `clientToken` the client fills in and reuses across its attempts).
 *   The non-idempotent POSTs (CreateRayCluster, UpdateRayCluster, SubmitRayJob) are not repeated then, because the
 *   server may have done the work: the error goes to the caller, who can look before trying again.
 * - Any other 4xx, an abort, a bad parameter, a failed TLS certificate check (code `CertificateError`): never.
 * Clock-skew rejections are handled apart (one corrected retry, see `invokeOperation`).
 */
export function isRetryable(error: unknown, idempotent: boolean): boolean {
  if (!hasErrorBrand(error)) return false;
  switch (error.name) {
    case 'ThrottlingError':
      return true;
    case 'NetworkError':
      if (error.code === 'CertificateError') return false;
      return idempotent || (error as NetworkError).notSent;
    case 'RequestTimeoutError':
      return idempotent;
    default:
      return idempotent && isServiceError(error) && error.statusCode >= 500;
  }
}
