import { DEFAULT_WAITER_TIMING } from '@emr-ray/waiters';
import type { CommandOption } from '../Command';

/** `--timeout`, `--min-delay` and `--max-delay`: the timing of a wait. */
export function pollOptions(defaultTimeout: number): Record<string, CommandOption> {
  return {
    timeout: {
      type: 'string',
      valueName: '<seconds>',
      description: `Give up waiting after this long (exit code 4). Default ${defaultTimeout}.`,
    },
    'min-delay': {
      type: 'string',
      valueName: '<seconds>',
      description: `Shortest delay between two checks. Default $EMR_RAY_MIN_DELAY, else ${DEFAULT_WAITER_TIMING.minDelay}.`,
    },
    'max-delay': {
      type: 'string',
      valueName: '<seconds>',
      description: `Longest delay between checks (the backoff grows to it). Default $EMR_RAY_MAX_DELAY, else ${DEFAULT_WAITER_TIMING.maxDelay}.`,
    },
  };
}
