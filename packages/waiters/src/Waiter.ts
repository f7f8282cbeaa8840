import type { WaiterOptions } from './WaiterOptions';
import type { WaiterResult } from './WaiterResult';

/** A waiter made by `createWaiter`: resolves on success, throws `WaiterError` otherwise. */
export type Waiter<TClient, TInput, TResponse, TKey extends string> = (
  options: WaiterOptions<TClient, TResponse>,
  input: TInput,
) => Promise<WaiterResult<TKey, TResponse>>;
