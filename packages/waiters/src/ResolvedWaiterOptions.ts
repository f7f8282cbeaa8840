import type { WaiterBackoff } from './WaiterBackoff';
import type { WaiterProgress } from './WaiterProgress';

/** `WaiterOptions` after validation, with every default filled in and times in milliseconds where named so. */
export interface ResolvedWaiterOptions<TClient, TResponse> {
  client: TClient;
  maxWaitTimeMs: number;
  minDelay: number;
  maxDelay: number;
  gracePeriodMs: number;
  signal: AbortSignal | undefined;
  onProgress: ((event: WaiterProgress<TResponse>) => void) | undefined;
  backoff: WaiterBackoff;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  random: () => number;
  now: () => number;
}
