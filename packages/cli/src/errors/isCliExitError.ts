import type { CliExitError } from './CliExitError';
import { hasCliErrorBrand } from './cliErrorBrand';

/** True for a `CliExitError` (a `UsageError` too), also from another copy of this package. */
export function isCliExitError(value: unknown): value is CliExitError {
  return hasCliErrorBrand(value);
}
