import { InvalidParameterError } from '../src/errors/InvalidParameterError';
import { NetworkError } from '../src/errors/NetworkError';
import { RequestAbortedError } from '../src/errors/RequestAbortedError';
import { RequestTimeoutError } from '../src/errors/RequestTimeoutError';
import { ServiceError } from '../src/errors/ServiceError';
import { ThrottlingError } from '../src/errors/ThrottlingError';
import { backoffDelay } from '../src/retry/backoffDelay';
import { isRetryable } from '../src/retry/isRetryable';
import { resolveRetryPolicy } from '../src/retry/resolveRetryPolicy';
import { retryDelay } from '../src/retry/retryDelay';

const service = (statusCode: number, code = 'X') =>
  new ServiceError({ operation: 'Op', code, serviceMessage: '', statusCode });

describe('retry policy', () => {
  it('has the documented defaults, filled field by field', () => {
    const policy = resolveRetryPolicy({ maxAttempts: undefined, baseDelayMs: 50 });
    expect(policy).toMatchObject({
      maxAttempts: 3,
      baseDelayMs: 50,
      maxDelayMs: 5000,
      maxRetryAfterMs: 20_000,
    });
    expect(policy.random).toBe(Math.random);
    expect(resolveRetryPolicy(false).maxAttempts).toBe(1);
    expect(resolveRetryPolicy(undefined).maxAttempts).toBe(3);
  });

  it('rejects bad options, naming them', () => {
    expect(() => resolveRetryPolicy({ maxAttempts: 0 })).toThrow(InvalidParameterError);
    expect(() => resolveRetryPolicy({ maxAttempts: 0 })).toThrow(
      /options\.retry\.maxAttempts must be an integer >= 1, got 0/,
    );
    expect(() => resolveRetryPolicy({ baseDelayMs: -1 })).toThrow(/options\.retry\.baseDelayMs/);
    expect(() => resolveRetryPolicy({ maxDelayMs: 1.5 })).toThrow(/options\.retry\.maxDelayMs/);
  });

  it('backs off exponentially with full jitter, capped', () => {
    const policy = resolveRetryPolicy({ baseDelayMs: 100, maxDelayMs: 1000, random: () => 0.999999 });
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffDelay(policy, n))).toEqual([99, 199, 399, 799, 999, 999]);
    const zero = resolveRetryPolicy({ random: () => 0 });
    expect(backoffDelay(zero, 3)).toBe(0);
    const half = resolveRetryPolicy({ baseDelayMs: 100, random: () => 0.5 });
    expect(backoffDelay(half, 2)).toBe(100);
  });

  it('uses the server-requested wait plus a little jitter when there is one', () => {
    const policy = resolveRetryPolicy({ baseDelayMs: 100, random: () => 0.5 });
    expect(backoffDelay(policy, 1, 2000)).toBe(2050);
  });

  it('retries throttling and not-sent network errors for every operation', () => {
    const throttled = new ThrottlingError({
      operation: 'CreateRayCluster',
      code: 'Throttling',
      serviceMessage: '',
      statusCode: 400,
    });
    expect(isRetryable(throttled, false)).toBe(true);
    const refused = new NetworkError({
      operation: 'CreateRayCluster',
      cause: new Error('refused'),
      notSent: true,
    });
    expect(isRetryable(refused, false)).toBe(true);
  });

  it('retries 5xx, timeouts and other network errors only for idempotent operations', () => {
    const reset = new NetworkError({ operation: 'X', cause: new Error('reset'), notSent: false });
    const timeout = new RequestTimeoutError({ operation: 'X', timeoutMs: 1 });
    for (const error of [service(500), service(503), reset, timeout]) {
      expect(isRetryable(error, true)).toBe(true);
      expect(isRetryable(error, false)).toBe(false);
    }
  });

  it('never retries other 4xx, aborts or foreign errors', () => {
    expect(isRetryable(service(400, 'InvalidParameter'), true)).toBe(false);
    expect(isRetryable(service(404), true)).toBe(false);
    expect(isRetryable(new RequestAbortedError({ operation: 'X', reason: undefined }), true)).toBe(false);
    expect(isRetryable(new Error('boom'), true)).toBe(false);
  });
});

describe('retryDelay', () => {
  const policy = resolveRetryPolicy({ baseDelayMs: 100, maxRetryAfterMs: 5000, random: () => 0 });
  const answer = (headers: Record<string, string>) => ({
    status: 503,
    body: '',
    header: (name: string) => headers[name],
  });

  it('uses the Retry-After of a 5xx answer', () => {
    expect(retryDelay(policy, 1, service(503), answer({ 'retry-after': '2' }))).toBe(2000);
  });
  it('uses the ThrottlingError hint, and gives up when it is longer than maxRetryAfterMs', () => {
    const throttled = (retryAfterMs: number) =>
      new ThrottlingError({
        operation: 'X',
        code: 'Throttling',
        serviceMessage: '',
        statusCode: 400,
        retryAfterMs,
      });
    expect(retryDelay(policy, 1, throttled(700), undefined)).toBe(700);
    expect(retryDelay(policy, 1, throttled(5001), undefined)).toBeUndefined();
  });
  it('falls back to the backoff', () => {
    const jittered = resolveRetryPolicy({ baseDelayMs: 100, random: () => 0.5 });
    expect(retryDelay(jittered, 3, service(500), answer({}))).toBe(200);
    expect(
      retryDelay(jittered, 1, new NetworkError({ operation: 'X', cause: 1, notSent: true }), undefined),
    ).toBe(50);
  });
});
