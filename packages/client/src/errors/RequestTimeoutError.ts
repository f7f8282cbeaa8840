import { describeCall } from './describeCall';
import { EmrRayError } from './EmrRayError';

/** One HTTP attempt took longer than `timeoutMs` and was cancelled. */
export class RequestTimeoutError extends EmrRayError {
  override name = 'RequestTimeoutError';
  readonly operation: string;
  readonly timeoutMs: number;

  constructor(options: {
    operation: string;
    target?: string | undefined;
    timeoutMs: number;
    attempt?: number;
  }) {
    const call = describeCall(options.operation, options.target);
    const attempt = options.attempt && options.attempt > 1 ? ` (attempt ${options.attempt})` : '';
    super(`${call} timed out after ${options.timeoutMs} ms${attempt}`, { code: 'RequestTimeout' });
    this.operation = options.operation;
    this.timeoutMs = options.timeoutMs;
  }
}
