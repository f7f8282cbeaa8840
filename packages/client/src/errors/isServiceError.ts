import type { ServiceError } from './ServiceError';
import { hasErrorBrand } from './errorBrand';

/** True for an API error (`ServiceError` or its subclass `ThrottlingError`), also from another copy of the package. */
export function isServiceError(value: unknown): value is ServiceError {
  return hasErrorBrand(value) && (value.name === 'ServiceError' || value.name === 'ThrottlingError');
}
