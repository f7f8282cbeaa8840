import type { WaiterBackoff } from './WaiterBackoff';
import type { WaiterProgress } from './WaiterProgress';

/**
 * The first argument of every waiter. Times are in seconds; fractions are allowed (0.05 is 50 ms).
 * Defaults marked "per waiter" come from the waiter's definition; the built-in waiters use
 * `DEFAULT_WAITER_TIMING` (minDelay 3, maxDelay 22, gracePeriod 30).
 */
export interface WaiterOptions<TClient, TResponse = unknown> {
  /** The client to call, e.g. `createClient()`. Only the waited-on method is used. */
  client: TClient;
  /** Longest time to wait, in seconds. Required. One last call is made at this deadline. */
  maxWaitTime: number;
  /**
   * Shortest delay between two calls, in seconds.
   * @default per waiter (3)
   */
  minDelay?: number;
  /**
   * Longest delay between two calls, in seconds (a server retry hint may exceed it).
   * @default per waiter (22)
   */
  maxDelay?: number;
  /**
   * Seconds after the wait begins during which a state that contradicts the goal but may simply not have changed yet
   * is retried instead of failing (e.g. `Stopped` right after StartRayCluster).
   * @default per waiter (30)
   */
  gracePeriod?: number;
  /** Aborting it stops the wait at once, cancels an in-flight call and rejects with a `WaiterError` (`ABORTED`). */
  abortSignal?: AbortSignal;
  /** Called after every call, in order. An exception thrown here ends the wait with that exception. */
  onProgress?: (event: WaiterProgress<TResponse>) => void;
  /**
   * How the delay grows between calls.
   * @default `jitteredBackoff` (exponential from minDelay, capped at maxDelay, with jitter in the upper half)
   */
  backoff?: WaiterBackoff;
  /**
   * For tests: waits `ms` milliseconds, rejecting with `signal.reason` when `signal` aborts. With the fake server's
   * manual clock: `sleep: async (ms) => fake.clock.advance(ms)`.
   * @default a timer that the signal interrupts, delays above 2^31 - 1 ms split into several timers
   */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /**
   * For tests: a number in [0, 1) that drives the jitter.
   * @default Math.random
   */
  random?: () => number;
  /**
   * For tests: the current time in epoch milliseconds. With the fake server: `now: () => fake.clock.now()`.
   * @default Date.now
   */
  now?: () => number;
}
