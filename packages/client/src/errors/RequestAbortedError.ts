import { describeCall } from './describeCall';
import { EmrRayError } from './EmrRayError';

/** The caller's `AbortSignal` fired; `cause` is the signal's `reason`. */
export class RequestAbortedError extends EmrRayError {
  override name = 'RequestAbortedError';
  readonly operation: string;

  constructor(options: { operation: string; target?: string | undefined; reason: unknown }) {
    super(`${describeCall(options.operation, options.target)} was aborted${describeReason(options.reason)}`, {
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
