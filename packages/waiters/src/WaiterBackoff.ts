/**
 * Computes the delay, in seconds, before call `attempt + 1`. `attempt` counts calls since the wait began (or since a
 * classifier last asked to poll soon), starting at 1. The waiter clamps the result to `[0, time left]`.
 */
export type WaiterBackoff = (
  attempt: number,
  options: { minDelay: number; maxDelay: number; random: () => number },
) => number;
