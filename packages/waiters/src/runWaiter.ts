import { errorLabel } from './errorLabel';
import { formatWaiterMessage } from './formatWaiterMessage';
import type { ResolvedWaiterOptions } from './ResolvedWaiterOptions';
import type { WaiterClassification } from './WaiterClassification';
import type { WaiterDefinition } from './WaiterDefinition';
import { WaiterError } from './WaiterError';
import type { WaiterFailureReason } from './WaiterFailureReason';
import type { WaiterOutcome } from './WaiterOutcome';
import type { WaiterResult } from './WaiterResult';

/** The polling loop behind every waiter: call, classify, sleep with backoff, until success, failure, deadline or abort. */
export async function runWaiter<TClient, TInput, TResponse, TKey extends string>(
  definition: WaiterDefinition<TClient, TInput, TResponse, TKey>,
  options: ResolvedWaiterOptions<TClient, TResponse>,
  input: TInput,
): Promise<WaiterResult<TKey, TResponse>> {
  const { signal, now } = options;
  const startedAt = now();
  const deadline = startedAt + options.maxWaitTimeMs;
  const observed: Record<string, number> = {};
  let attempts = 0;
  let backoffAttempt = 0;
  let lastResponse: TResponse | undefined;
  let lastError: unknown;
  let lastState: string | undefined;
  let finalCall = false;
  let soon = false;

  const end = (reason: WaiterFailureReason, detail?: string, cause?: unknown): WaiterError<TResponse> => {
    const awaiting = definition.describe ? definition.describe(input) : definition.name;
    const elapsedMs = now() - startedAt;
    const facts = { reason, awaiting, elapsedMs, attempts, lastState, observed, detail };
    return new WaiterError<TResponse>(formatWaiterMessage(facts), {
      waiter: definition.name,
      reason,
      attempts,
      elapsedMs,
      lastState,
      observed,
      lastResponse,
      lastError,
      cause,
    });
  };

  definition.validate?.(input);
  if (signal?.aborted) throw end('ABORTED', undefined, signal.reason);
  for (;;) {
    attempts += 1;
    backoffAttempt += 1;
    let outcome: WaiterOutcome<TResponse>;
    try {
      outcome = { ok: true, response: await definition.operation(options.client, input, { signal }) };
      lastResponse = outcome.response;
    } catch (error) {
      lastError = error;
      // The call was cancelled, not answered: nothing was observed.
      if (signal?.aborted) throw end('ABORTED', undefined, signal.reason);
      outcome = { ok: false, error };
    }
    const elapsedMs = now() - startedAt;
    let verdict: WaiterClassification;
    try {
      verdict = definition.classify(outcome, {
        attempt: attempts,
        elapsedMs,
        gracePeriodMs: options.gracePeriodMs,
        input,
      });
      if (!isClassification(verdict))
        throw new TypeError(`${definition.name}: classify returned ${typeof verdict}`);
    } catch (error) {
      throw end('FAILURE', `the classifier threw ${errorLabel(error)}`, error);
    }
    const previousState = lastState;
    const state = verdict.state ?? (outcome.ok ? 'response' : errorLabel(outcome.error));
    lastState = state;
    observed[state] = (observed[state] ?? 0) + 1;

    let nextDelayMs: number | undefined;
    if (verdict.status === 'retry' && !finalCall) {
      const remainingMs = deadline - now();
      if (remainingMs > 0) {
        if (verdict.pollSoon && !soon) backoffAttempt = 1;
        soon = verdict.pollSoon === true;
        const { minDelay, maxDelay, random } = options;
        const backoffMs = options.backoff(backoffAttempt, { minDelay, maxDelay, random }) * 1000;
        const hintMs = verdict.retryAfterMs;
        const hintedMs = Math.max(finiteOrZero(backoffMs), finiteOrZero(hintMs));
        finalCall = hintedMs >= remainingMs;
        nextDelayMs = finalCall ? remainingMs : hintedMs;
      }
    }
    options.onProgress?.({
      attempt: attempts,
      elapsedMs,
      state,
      previousState,
      response: outcome.ok ? outcome.response : undefined,
      error: outcome.ok ? undefined : outcome.error,
      nextDelay: nextDelayMs === undefined ? undefined : nextDelayMs / 1000,
    });

    if (verdict.status === 'success') {
      const result = { state: 'SUCCESS', attempts, elapsedMs } as WaiterResult<TKey, TResponse>;
      (result as Record<string, unknown>)[definition.resultKey ?? 'response'] = outcome.ok
        ? outcome.response
        : lastResponse;
      return result;
    }
    if (verdict.status === 'failure')
      throw end('FAILURE', verdict.message, outcome.ok ? undefined : outcome.error);
    if (nextDelayMs === undefined) throw end('TIMEOUT');
    try {
      await options.sleep(nextDelayMs, signal);
    } catch (error) {
      if (signal?.aborted) throw end('ABORTED', undefined, signal.reason);
      throw error;
    }
    if (signal?.aborted) throw end('ABORTED', undefined, signal.reason);
  }
}

function finiteOrZero(value: number | undefined): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;
}

function isClassification(value: unknown): value is WaiterClassification {
  const status = (value as { status?: unknown } | null)?.status;
  return status === 'success' || status === 'failure' || status === 'retry';
}
