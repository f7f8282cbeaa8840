import { UsageError } from './errors/UsageError';

/**
 * A duration in seconds (fractions allowed, > 0) from an option or environment variable; otherwise a `UsageError`
 * naming `source` (`--timeout`, `EMR_RAY_MIN_DELAY`) and what it expects.
 */
export function parseSeconds(source: string, text: string): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value <= 0) {
    throw new UsageError(`${source} expects a number of seconds greater than 0, got '${text}'`);
  }
  return value;
}
