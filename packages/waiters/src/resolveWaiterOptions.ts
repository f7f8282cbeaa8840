import { abortableSleep } from './abortableSleep';
import { DEFAULT_WAITER_TIMING } from './DEFAULT_WAITER_TIMING';
import { jitteredBackoff } from './jitteredBackoff';
import type { ResolvedWaiterOptions } from './ResolvedWaiterOptions';
import type { WaiterOptions } from './WaiterOptions';

type Timing = { minDelay?: number; maxDelay?: number; gracePeriod?: number };

/** Validates the caller's options and fills each default; errors name the waiter, the option and what it expected. */
export function resolveWaiterOptions<TClient, TResponse>(
  waiter: string,
  options: WaiterOptions<TClient, TResponse>,
  defaults: Timing | undefined,
): ResolvedWaiterOptions<TClient, TResponse> {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(
      `${waiter}: the first argument must be an options object ({ client, maxWaitTime, ... }), got ${describe(options)}`,
    );
  }
  if (typeof options.client !== 'object' || options.client === null) {
    throw new TypeError(
      `${waiter}: options.client must be a client object (e.g. from createClient()), got ${describe(options.client)}`,
    );
  }
  if (options.maxWaitTime === undefined) {
    throw new TypeError(`${waiter}: options.maxWaitTime is required: the longest time to wait, in seconds`);
  }
  const maxWaitTime = seconds(waiter, 'maxWaitTime', options.maxWaitTime, false);
  const minDelay = seconds(
    waiter,
    'minDelay',
    options.minDelay ?? defaults?.minDelay ?? DEFAULT_WAITER_TIMING.minDelay,
    false,
  );
  const maxDelay = seconds(
    waiter,
    'maxDelay',
    options.maxDelay ?? defaults?.maxDelay ?? DEFAULT_WAITER_TIMING.maxDelay,
    false,
  );
  const gracePeriod = seconds(
    waiter,
    'gracePeriod',
    options.gracePeriod ?? defaults?.gracePeriod ?? DEFAULT_WAITER_TIMING.gracePeriod,
    true,
  );
  if (maxDelay < minDelay) {
    const which = options.maxDelay === undefined ? ', the default' : '';
    throw new RangeError(
      `${waiter}: options.maxDelay (${maxDelay}${which}) must be at least options.minDelay (${minDelay})`,
    );
  }
  const signal = options.abortSignal;
  if (signal !== undefined && !(signal instanceof AbortSignal)) {
    throw new TypeError(`${waiter}: options.abortSignal must be an AbortSignal, got ${describe(signal)}`);
  }
  return {
    client: options.client,
    maxWaitTimeMs: maxWaitTime * 1000,
    minDelay,
    maxDelay,
    gracePeriodMs: gracePeriod * 1000,
    signal,
    onProgress: optionalFunction(waiter, 'onProgress', options.onProgress),
    backoff: optionalFunction(waiter, 'backoff', options.backoff) ?? jitteredBackoff,
    sleep: optionalFunction(waiter, 'sleep', options.sleep) ?? abortableSleep,
    random: optionalFunction(waiter, 'random', options.random) ?? Math.random,
    now: optionalFunction(waiter, 'now', options.now) ?? Date.now,
  };
}

function seconds(waiter: string, name: string, value: unknown, zeroAllowed: boolean): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || (value === 0 && !zeroAllowed)) {
    const expected = zeroAllowed
      ? 'a finite number of seconds, 0 or more'
      : 'a finite number of seconds above 0';
    throw new RangeError(
      `${waiter}: options.${name} must be ${expected} (fractions allowed), got ${describe(value)}`,
    );
  }
  return value;
}

function optionalFunction<T>(waiter: string, name: string, value: T | undefined): T | undefined {
  if (value !== undefined && typeof value !== 'function') {
    throw new TypeError(`${waiter}: options.${name} must be a function, got ${describe(value)}`);
  }
  return value;
}

function describe(value: unknown): string {
  if (typeof value === 'string')
    return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value)}`;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : typeof value;
}
