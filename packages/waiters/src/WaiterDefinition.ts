import type { ClassifyContext } from './ClassifyContext';
import type { WaiterClassification } from './WaiterClassification';
import type { WaiterOutcome } from './WaiterOutcome';

/** What `createWaiter` needs: one read operation and a classifier for its outcomes. */
export interface WaiterDefinition<TClient, TInput, TResponse, TKey extends string> {
  /** Names the waiter in errors, e.g. `waitUntilRunning`. */
  name: string;
  /** Calls the read operation once. Pass `signal` on to the client so an abort cancels the call. */
  operation: (client: TClient, input: TInput, options: { signal?: AbortSignal }) => Promise<TResponse>;
  /** Decides, for each call, whether the wait succeeded, failed or goes on. */
  classify: (outcome: WaiterOutcome<TResponse>, context: ClassifyContext<TInput>) => WaiterClassification;
  /**
   * The key of the response in the result (`{ state: 'SUCCESS', [resultKey]: response }`).
   * @default 'response'
   */
  resultKey?: TKey;
  /**
   * What is awaited, for messages: `cluster ray-1 in workspace w-1 to be Running`. Must not contain secrets.
   * @default the waiter's name
   */
  describe?: (input: TInput) => string;
  /** Checks the input before the first call; throws a `TypeError` naming the bad field. */
  validate?: (input: TInput) => void;
  /** Timing defaults for this waiter (seconds). Each falls back to `DEFAULT_WAITER_TIMING`. */
  defaults?: { minDelay?: number; maxDelay?: number; gracePeriod?: number };
}
