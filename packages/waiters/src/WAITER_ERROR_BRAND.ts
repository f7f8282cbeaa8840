/** Marks WaiterError instances so that two loaded copies of this package recognise each other's errors. */
export const WAITER_ERROR_BRAND: unique symbol = Symbol.for('@emr-ray/waiters/WaiterError');
