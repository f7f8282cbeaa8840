import { EmrRayError } from './EmrRayError';

/** The caller's `AbortSignal` fired; `cause` is the signal's `reason`. */
export class RequestAbortedError extends EmrRayError {
  override name = 'RequestAbortedError';
  readonly operation: string;

  constructor(options: { operation: string; target?: string | undefined; reason: unknown }) {
    const call = options.target ? `${options.operation}(${options.target})` : options.operation;
    super(`${call} was aborted${describeReason(options.reason)}`, {
      code: 'RequestAborted',
      cause: options.reason,
    });
    this.operation = options.operation;
  }
}

function describeReason(reason: unknown): string {
  if (reason instanceof Error && reason.message) return `: ${reason.message}`;
  if (typeof reason === 'string' && reason) return `: ${reason}`;
  return '';
}
