import { resolveWaiterOptions } from './resolveWaiterOptions';
import { runWaiter } from './runWaiter';
import type { Waiter } from './Waiter';
import type { WaiterDefinition } from './WaiterDefinition';

/**
 * Builds a waiter from one read operation and a classifier, with the same timing, abort, progress and error
 * handling as the built-in waiters:
 *
 * ```ts
 * const waitUntilJobHasLogs = createWaiter({
 *   name: 'waitUntilJobHasLogs',
 *   resultKey: 'logs',
 *   operation: (client: EmrRayClient, input: ListRayLogsRequest, { signal }) => client.listRayLogs(input, { signal }),
 *   classify: (outcome) =>
 *     outcome.ok && (outcome.response.data?.objectList?.length ?? 0) > 0
 *       ? { status: 'success' }
 *       : { status: 'retry', state: outcome.ok ? 'NoLogs' : 'Error' },
 * });
 * ```
 */
export function createWaiter<TClient, TInput, TResponse, TKey extends string = 'response'>(
  definition: WaiterDefinition<TClient, TInput, TResponse, TKey>,
): Waiter<TClient, TInput, TResponse, TKey> {
  if (typeof definition !== 'object' || definition === null) {
    throw new TypeError(
      'createWaiter: the definition must be an object ({ name, operation, classify, ... })',
    );
  }
  const { name, operation, classify } = definition;
  if (typeof name !== 'string' || name === '')
    throw new TypeError('createWaiter: definition.name must be a non-empty string');
  if (typeof operation !== 'function')
    throw new TypeError(`createWaiter(${name}): definition.operation must be a function`);
  if (typeof classify !== 'function')
    throw new TypeError(`createWaiter(${name}): definition.classify must be a function`);
  for (const key of ['minDelay', 'maxDelay', 'gracePeriod'] as const) {
    const value = definition.defaults?.[key];
    const zeroAllowed = key === 'gracePeriod';
    if (
      value !== undefined &&
      !(typeof value === 'number' && Number.isFinite(value) && (zeroAllowed ? value >= 0 : value > 0))
    ) {
      throw new RangeError(
        `createWaiter(${name}): definition.defaults.${key} must be a finite number of seconds ${zeroAllowed ? '(0 or more)' : 'above 0'}`,
      );
    }
  }
  return async (options, input) =>
    runWaiter(definition, resolveWaiterOptions(name, options, definition.defaults), input);
}
