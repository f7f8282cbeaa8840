import { isWaiterError } from './isWaiterError';
import { redact } from '@emr-ray/client';
import { WAITER_ERROR_BRAND } from './WAITER_ERROR_BRAND';
import type { WaiterFailureReason } from './WaiterFailureReason';

const INSPECT = Symbol.for('nodejs.util.inspect.custom');

/** Everything a `WaiterError` carries besides its message. */
export interface WaiterErrorDetails<TResponse = unknown> {
  waiter: string;
  reason: WaiterFailureReason;
  attempts: number;
  elapsedMs: number;
  lastState: string | undefined;
  observed: Record<string, number>;
  lastResponse: TResponse | undefined;
  lastError: unknown;
  cause?: unknown;
}

/**
 * Thrown by every waiter when the wait ends without success. `reason` says why: `FAILURE` (the state can no longer
 * be reached, or the API refused the call: see `lastError`), `TIMEOUT` (maxWaitTime passed) or `ABORTED` (the
 * abort signal fired; `cause` is its reason). `instanceof` and `isWaiterError` work across copies of the package.
 * `lastResponse` may hold tokens: it is not enumerable, and `toJSON` and `util.inspect` show it redacted.
 */
export class WaiterError<TResponse = unknown> extends Error {
  override readonly name = 'WaiterError' as const;
  /** `WAITER_FAILURE`, `WAITER_TIMEOUT` or `WAITER_ABORTED`: stable, for programs. */
  readonly code: `WAITER_${WaiterFailureReason}`;
  readonly reason: WaiterFailureReason;
  /** The waiter's name, e.g. `waitUntilRunning`. */
  readonly waiter: string;
  /** Calls made. 0 when the signal was already aborted. */
  readonly attempts: number;
  readonly elapsedMs: number;
  /** The label of what the last call saw (`Starting`, `503 ServiceUnavailable`, ...). */
  readonly lastState: string | undefined;
  /** How many calls saw each state, e.g. `{ Starting: 12, '503 ServiceUnavailable': 2 }`. */
  readonly observed: Readonly<Record<string, number>>;
  /** The last successful response (not enumerable: it may contain tokens). */
  declare readonly lastResponse: TResponse | undefined;
  /** The error the last failed call threw, e.g. a `ServiceError` (not enumerable). */
  declare readonly lastError: unknown;

  constructor(message: string, details: WaiterErrorDetails<TResponse>) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.reason = details.reason;
    this.code = `WAITER_${details.reason}`;
    this.waiter = details.waiter;
    this.attempts = details.attempts;
    this.elapsedMs = details.elapsedMs;
    this.lastState = details.lastState;
    this.observed = Object.freeze({ ...details.observed });
    Object.defineProperty(this, 'lastResponse', { value: details.lastResponse, enumerable: false });
    Object.defineProperty(this, 'lastError', { value: details.lastError, enumerable: false });
    Object.defineProperty(this, WAITER_ERROR_BRAND, { value: true, enumerable: false });
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    return isWaiterError(value);
  }

  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      code: this.code,
      reason: this.reason,
      message: this.message,
      waiter: this.waiter,
      attempts: this.attempts,
      elapsedMs: this.elapsedMs,
      lastState: this.lastState,
      observed: this.observed,
      lastResponse: redact(this.lastResponse),
      lastError: summarize(this.lastError),
    };
  }

  [INSPECT](_depth: number, options: object, inspect: (value: unknown, options: object) => string): string {
    const { name: _name, message: _message, ...rest } = this.toJSON();
    return `${this.stack ?? `${this.name}: ${this.message}`} ${inspect({ ...rest, lastError: this.lastError }, options)}`;
  }
}

function summarize(error: unknown): unknown {
  if (typeof error !== 'object' || error === null) return error;
  const withJson = error as { toJSON?: () => unknown };
  if (typeof withJson.toJSON === 'function') return withJson.toJSON();
  const { name, message, code } = error as { name?: unknown; message?: unknown; code?: unknown };
  return { name, message, code };
}
