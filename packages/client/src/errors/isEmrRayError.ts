import type { EmrRayError } from './EmrRayError';
import { hasErrorBrand } from './errorBrand';

/** True for any error thrown by `@emr-ray/client`, also one made by another copy of the package. */
export function isEmrRayError(value: unknown): value is EmrRayError {
  return hasErrorBrand(value);
}
