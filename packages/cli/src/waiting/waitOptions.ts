import type { CommandOption } from '../Command';
import { pollOptions } from './pollOptions';

/** `--wait` and the timing options of the commands that can wait for the state they ask for. */
export function waitOptions(what: string, defaultTimeout: number): Record<string, CommandOption> {
  return {
    wait: { type: 'boolean', description: `Wait until ${what}, showing progress on stderr.` },
    ...pollOptions(defaultTimeout),
  };
}
