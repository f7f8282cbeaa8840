import type { CommandContext } from '../CommandContext';
import { UsageError } from '../errors/UsageError';

/**
 * The `--wait` / `--timeout` of an action command, checked before the action is sent: the timeout in seconds when
 * `--wait` was given, `undefined` otherwise. `--timeout` without `--wait` is a usage error.
 */
export function requestedWait(context: CommandContext, defaultTimeout: number): number | undefined {
  const timeout = context.seconds('timeout');
  if (!context.flag('wait')) {
    if (timeout !== undefined) throw new UsageError('--timeout needs --wait');
    return undefined;
  }
  return timeout ?? defaultTimeout;
}
