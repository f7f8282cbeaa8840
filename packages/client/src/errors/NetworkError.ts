import { describeCall } from './describeCall';
import { EmrRayError } from './EmrRayError';

/** The request failed below HTTP (DNS, refused or reset connection, TLS, a truncated or unreadable response). */
export class NetworkError extends EmrRayError {
  override name = 'NetworkError';
  readonly operation: string;
  /** True when the request certainly never reached the server (e.g. connection refused), so it is safe to repeat. */
  readonly notSent: boolean;

  constructor(options: {
    operation: string;
    target?: string | undefined;
    cause: unknown;
    notSent: boolean;
    code?: string;
  }) {
    super(`${describeCall(options.operation, options.target)} failed: ${describeCause(options.cause)}`, {
      code: options.code ?? 'NetworkError',
      cause: options.cause,
    });
    this.operation = options.operation;
    this.notSent = options.notSent;
  }
}

function describeCause(cause: unknown): string {
  if (cause instanceof Error) {
    const code = (cause as { code?: unknown }).code;
    return typeof code === 'string' && !cause.message.includes(code)
      ? `${cause.message} (${code})`
      : cause.message;
  }
  return String(cause);
}
