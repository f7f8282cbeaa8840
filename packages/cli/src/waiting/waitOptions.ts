import type { CommandOption } from '../Command';

/** `--wait` and `--timeout` of the commands that can wait for the state they ask for. */
export function waitOptions(what: string, defaultTimeout: number): Record<string, CommandOption> {
  return {
    wait: { type: 'boolean', description: `Wait until ${what}, showing progress on stderr.` },
    timeout: {
      type: 'string',
      valueName: '<seconds>',
      description: `Give up waiting after this long (exit code 4). Default ${defaultTimeout}.`,
    },
  };
}
