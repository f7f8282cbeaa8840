import type { WaiterBackoff } from './WaiterBackoff';

/**
 * The default backoff: the ceiling doubles from `minDelay` each call up to `maxDelay`, and the delay is drawn from
 * the upper half of `[minDelay, ceiling]`. Unlike AWS's waiters, jitter continues past the ceiling, so many waiters
 * started together do not poll in lockstep; drawing from the upper half rather than the whole range keeps delays
 * even, which lowers the detection lag for the same number of calls.
 */
export const jitteredBackoff: WaiterBackoff = (attempt, { minDelay, maxDelay, random }) => {
  const ceiling = Math.min(maxDelay, minDelay * 2 ** (attempt - 1));
  const floor = Math.max(minDelay, ceiling / 2);
  return floor + random() * (ceiling - floor);
};
