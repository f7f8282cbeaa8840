import { UsageError } from '../errors/UsageError';

/** Checks that a flag's value holds JSON (the API wants those fields as JSON text) and returns it unchanged. */
export function jsonFlag(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    JSON.parse(value);
  } catch (error) {
    throw new UsageError(`--${name} expects JSON, e.g. '{"key": "value"}': ${(error as Error).message}`, {
      cause: error,
    });
  }
  return value;
}
