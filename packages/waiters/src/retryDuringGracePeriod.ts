import type { ClassifyContext } from './ClassifyContext';
import { formatDuration } from './formatDuration';
import type { WaiterClassification } from './WaiterClassification';

/**
 * A cluster still in the state the last start or stop should have left: retried during `gracePeriod` (the change may
 * not show yet), then a failure that asks `question` (`was it started?`).
 */
export function retryDuringGracePeriod(
  state: string,
  { elapsedMs, gracePeriodMs }: Pick<ClassifyContext<unknown>, 'elapsedMs' | 'gracePeriodMs'>,
  question: string,
): WaiterClassification {
  if (elapsedMs < gracePeriodMs) return { status: 'retry', state };
  return {
    status: 'failure',
    state,
    message: `the cluster is still ${state} ${formatDuration(elapsedMs)} after the wait began (gracePeriod ${formatDuration(gracePeriodMs)}): ${question}`,
  };
}
