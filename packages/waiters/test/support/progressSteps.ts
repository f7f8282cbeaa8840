import type { WaiterProgress } from '../../src/WaiterProgress';

/** The timing fields of progress events (what a test compares exactly), without the response and error. */
export function progressSteps(events: readonly WaiterProgress<unknown>[]) {
  return events.map(({ attempt, elapsedMs, state, previousState, nextDelay }) => ({
    attempt,
    elapsedMs,
    state,
    previousState,
    nextDelay,
  }));
}
