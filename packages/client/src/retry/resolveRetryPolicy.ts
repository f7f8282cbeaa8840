import { InvalidParameterError } from '../errors/InvalidParameterError';
import type { RetryOptions } from './RetryOptions';
import type { RetryPolicy } from './RetryPolicy';

export function resolveRetryPolicy(options: RetryOptions | false | undefined): RetryPolicy {
  const o = options === false ? { maxAttempts: 1 } : (options ?? {});
  return {
    maxAttempts: integer('options.retry.maxAttempts', o.maxAttempts ?? 3, 1),
    baseDelayMs: integer('options.retry.baseDelayMs', o.baseDelayMs ?? 100, 0),
    maxDelayMs: integer('options.retry.maxDelayMs', o.maxDelayMs ?? 5000, 0),
    maxRetryAfterMs: integer('options.retry.maxRetryAfterMs', o.maxRetryAfterMs ?? 20_000, 0),
    random: o.random ?? Math.random,
  };
}

function integer(name: string, value: unknown, min: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    throw new InvalidParameterError(name, `${name} must be an integer >= ${min}, got ${String(value)}`);
  }
  return value;
}
