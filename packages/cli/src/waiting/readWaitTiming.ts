import type { CommandContext } from '../CommandContext';
import { UsageError } from '../errors/UsageError';
import { parseSeconds } from '../parseSeconds';
import type { WaitTiming } from './WaitTiming';

/**
 * Reads `--timeout`, `--min-delay` and `--max-delay` (the delays default to $EMR_RAY_MIN_DELAY and
 * $EMR_RAY_MAX_DELAY, so a CI job can tune every wait of a script at once), checked before anything is sent.
 */
export function readWaitTiming(context: CommandContext, defaultTimeout: number): WaitTiming {
  const minDelay = context.seconds('min-delay') ?? envSeconds(context, 'EMR_RAY_MIN_DELAY');
  const maxDelay = context.seconds('max-delay') ?? envSeconds(context, 'EMR_RAY_MAX_DELAY');
  if (minDelay !== undefined && maxDelay !== undefined && minDelay > maxDelay) {
    throw new UsageError(
      `the minimum delay (${minDelay}) must not be greater than the maximum delay (${maxDelay})`,
    );
  }
  return { maxWaitTime: context.seconds('timeout') ?? defaultTimeout, minDelay, maxDelay };
}

function envSeconds(context: CommandContext, name: string): number | undefined {
  const text = context.env[name];
  return text === undefined || text === '' ? undefined : parseSeconds(name, text);
}
