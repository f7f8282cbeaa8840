import type { WaiterError } from '../../src/WaiterError';
import type { WaiterResult } from '../../src/WaiterResult';

/** The `WaiterError` a wait rejects with, typed by the waiter's response; throws if the wait succeeds instead. */
export function rejection<TKey extends string, TResponse>(
  promise: Promise<WaiterResult<TKey, TResponse>>,
): Promise<WaiterError<TResponse>> {
  return promise.then(
    () => {
      throw new Error('expected the wait to fail');
    },
    (error: WaiterError<TResponse>) => error,
  );
}
