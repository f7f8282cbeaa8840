import type { EmrRayError } from './errors/EmrRayError';
import { NetworkError } from './errors/NetworkError';
import { RequestAbortedError } from './errors/RequestAbortedError';
import { RequestTimeoutError } from './errors/RequestTimeoutError';
import type { TransportError } from './transport/TransportError';
import { isCertificateError } from './transport/isCertificateError';

/** The public error for a failed exchange, naming the operation and its target. */
export function toCallError(
  error: TransportError,
  context: { operation: string; target: string; timeoutMs: number; attempt: number },
): EmrRayError {
  const { operation, target } = context;
  switch (error.kind) {
    case 'timeout':
      return new RequestTimeoutError({
        operation,
        target,
        timeoutMs: context.timeoutMs,
        attempt: context.attempt,
      });
    case 'aborted':
      return new RequestAbortedError({ operation, target, reason: error.cause });
    default:
      return new NetworkError({
        operation,
        target,
        cause: error.cause,
        notSent: error.notSent,
        code: error.code ?? (isCertificateError(error.cause) ? 'CertificateError' : undefined),
      });
  }
}
