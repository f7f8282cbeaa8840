import type { ThrottlingError } from './ThrottlingError';
import { hasErrorBrand } from './errorBrand';

/** True for a `ThrottlingError`, also from another copy of the package. */
export function isThrottlingError(value: unknown): value is ThrottlingError {
  return hasErrorBrand(value) && value.name === 'ThrottlingError';
}
