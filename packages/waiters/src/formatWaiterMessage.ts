import { formatDuration } from './formatDuration';
import { formatObserved } from './formatObserved';
import type { WaiterFailureReason } from './WaiterFailureReason';

/**
 * The sentence a `WaiterError` reads as: what was awaited, for how long, the last state and what was seen, e.g.
 * `Timed out after 10 min waiting for cluster ray-1 in workspace w-1 to be Running: 41 calls, last state Starting
 * (seen Starting 39 times, 503 ServiceUnavailable 2 times).`
 */
export function formatWaiterMessage(facts: {
  reason: WaiterFailureReason;
  awaiting: string;
  elapsedMs: number;
  attempts: number;
  lastState: string | undefined;
  observed: Record<string, number>;
  detail?: string;
}): string {
  const { reason, awaiting, elapsedMs, attempts, lastState, observed, detail } = facts;
  const calls = `${attempts} ${attempts === 1 ? 'call' : 'calls'}`;
  const seen =
    lastState === undefined ? 'no answer yet' : `last state ${lastState} (seen ${formatObserved(observed)})`;
  const took = formatDuration(elapsedMs);
  if (reason === 'FAILURE')
    return `Stopped waiting for ${awaiting} after ${took} and ${calls}: ${detail}. Seen ${formatObserved(observed)}.`;
  if (reason === 'TIMEOUT') return `Timed out after ${took} waiting for ${awaiting}: ${calls}, ${seen}.`;
  if (attempts === 0)
    return `Aborted waiting for ${awaiting} before the first call: the abort signal had already fired.`;
  return `Aborted after ${took} waiting for ${awaiting}: ${calls}, ${seen}.`;
}
