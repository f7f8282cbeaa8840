import { WAITER_ERROR_BRAND } from './WAITER_ERROR_BRAND';
import type { WaiterError } from './WaiterError';

/** True for a `WaiterError` from any copy of this package. */
export function isWaiterError(value: unknown): value is WaiterError {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { [WAITER_ERROR_BRAND]?: unknown })[WAITER_ERROR_BRAND] === true
  );
}
