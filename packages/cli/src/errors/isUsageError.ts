import type { UsageError } from './UsageError';
import { hasCliErrorBrand } from './cliErrorBrand';

/** True for a `UsageError`, also from another copy of this package. */
export function isUsageError(value: unknown): value is UsageError {
  return hasCliErrorBrand(value) && value.name === 'UsageError';
}
