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
      description: "Shortest delay between two checks. Default: the waiter's (3).",
    },
    'max-delay': {
      type: 'string',
      valueName: '<seconds>',
      description: "Longest delay between two checks (backoff grows up to it). Default: the waiter's (22).",
    },
  };
}
