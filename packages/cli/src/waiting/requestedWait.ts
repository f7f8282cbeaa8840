import type { CommandContext } from '../CommandContext';
import { UsageError } from '../errors/UsageError';
import type { WaitTiming } from './WaitTiming';
import { readWaitTiming } from './readWaitTiming';

/**
 * The `--wait` of an action command and its timing, checked before the action is sent: `undefined` without
 * `--wait`, when a timing option given alone is a usage error.
 */
export function requestedWait(context: CommandContext, defaultTimeout: number): WaitTiming | undefined {
  const timing = readWaitTiming(context, defaultTimeout);
  if (context.flag('wait')) return timing;
  for (const name of ['timeout', 'min-delay', 'max-delay']) {
    if (context.string(name) !== undefined) throw new UsageError(`--${name} needs --wait`);
  }
  return undefined;
}
