import type { CommandContext } from '../CommandContext';
import { UsageError } from '../errors/UsageError';
import type { WaitTiming } from './WaitTiming';

/** Reads `--timeout`, `--min-delay` and `--max-delay`, checked before anything is sent. */
export function readWaitTiming(context: CommandContext, defaultTimeout: number): WaitTiming {
  const minDelay = context.seconds('min-delay');
  const maxDelay = context.seconds('max-delay');
  if (minDelay !== undefined && maxDelay !== undefined && minDelay > maxDelay) {
    throw new UsageError(`--min-delay (${minDelay}) must not be greater than --max-delay (${maxDelay})`);
  }
  return { maxWaitTime: context.seconds('timeout') ?? defaultTimeout, minDelay, maxDelay };
}
