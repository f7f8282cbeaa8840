import { randomUUID } from 'node:crypto';
import { signRequest, type Credentials } from '@emr-ray/signer';
import type { CallOptions } from './CallOptions';
import type { ClientContext } from './ClientContext';
import type { EmrRayError } from './errors/EmrRayError';
import { InvalidParameterError } from './errors/InvalidParameterError';
import { RequestAbortedError } from './errors/RequestAbortedError';
import { isServiceError } from './errors/isServiceError';
import { formatAttempt } from './log/formatAttempt';
import { logLine } from './log/logLine';
import { logWire } from './log/logWire';
import type { CompiledOperation } from './CompiledOperation';
import { apiVersion, type OperationInfo } from './operations.generated';
import { readResponse } from './readResponse';
import { buildPathAndQuery } from './request/buildPathAndQuery';
import { describeTarget } from './request/describeTarget';
import { requireParams } from './request/requireParams';
import { requireTimeoutMs } from './request/requireTimeoutMs';
import { isRetryable } from './retry/isRetryable';
import { retryDelay } from './retry/retryDelay';
import { sleep } from './retry/sleep';
import { CLOCK_SKEW_CODES } from './service/clockSkewCodes';
import { toCallError } from './toCallError';
import type { TransportResponse } from './transport/Transport';
import { TransportError } from './transport/TransportError';

/**
 * One API call: check and encode the parameters (nothing is sent when they are bad), then sign and send attempts
 * until one succeeds, the error is not retryable (see `isRetryable`) or the attempts run out. Each attempt is signed
 * afresh (new date and nonce). A timestamp rejection corrects the client's clock offset and is retried once.
 */
export async function invokeOperation(
  ctx: ClientContext,
  compiled: CompiledOperation,
  rawParams: unknown,
  callOptions?: CallOptions,
): Promise<unknown> {
  const op = compiled.info;
  const operation = op.action;
  const params = requireParams(operation, rawParams);
  const signal = callOptions?.signal;
  const timeoutMs = requireTimeoutMs(callOptions?.timeoutMs ?? ctx.timeoutMs, 'timeoutMs', operation);
  const pathAndQuery = buildPathAndQuery(op, params);
  const body = compiled.encode ? encodeBody(compiled, params) : undefined;
  if (signal?.aborted) throw aborted(op, params, signal);

  const base = ctx.endpoint ?? (await ctx.resolveEndpoint());
  const logger = ctx.logger;
  const url = new URL(base + pathAndQuery);
  let maxAttempts = ctx.retry.maxAttempts;
  let skewCorrected = false;

  for (let attempt = 1; ; attempt++) {
    const credentials = ctx.staticCredentials ?? (await dynamicCredentials(ctx, op, params, signal));
    const headers = signRequest(
      {
        method: op.httpMethod,
        url,
        headers: { accept: 'application/json', 'user-agent': ctx.userAgent },
        body,
      },
      credentials,
      {
        action: operation,
        version: apiVersion,
        date: ctx.clockOffsetMs === 0 ? undefined : new Date(Date.now() + ctx.clockOffsetMs),
      },
    );
    if (logger) logWire(logger, '>', `${op.httpMethod} ${url.href}`, headers, body);

    const started = logger ? performance.now() : 0;
    let response: TransportResponse | undefined;
    let failure: EmrRayError | undefined;
    try {
      response = await ctx.transport.send({ method: op.httpMethod, url, headers, body, timeoutMs, signal });
    } catch (cause) {
      if (!(cause instanceof TransportError)) throw cause;
      failure = toCallError(cause, { operation, target: describeTarget(op, params), timeoutMs, attempt });
    }
    if (response !== undefined) {
      if (logger) logWire(logger, '<', `${response.status} ${operation}`, undefined, response.body);
      const outcome = readResponse(compiled, response, params);
      if (outcome.ok) {
        if (logger) {
          const durationMs = performance.now() - started;
          const { status } = response;
          const target = describeTarget(op, params);
          logLine(
            logger,
            formatAttempt({ operation, target, attempt, status, durationMs, requestId: outcome.requestId }),
          );
        }
        return outcome.value;
      }
      failure = outcome.error;
    }
    const error = failure as EmrRayError;
    const record = {
      operation,
      target: describeTarget(op, params),
      attempt,
      status: response?.status,
      code: error.code,
      durationMs: logger ? performance.now() - started : 0,
      requestId: (error as { requestId?: string }).requestId,
    };

    if (
      ctx.correctClockSkew &&
      !skewCorrected &&
      response &&
      isServiceError(error) &&
      CLOCK_SKEW_CODES.has(error.code)
    ) {
      const serverNow = Date.parse(response.header('date') ?? '');
      if (!Number.isNaN(serverNow)) {
        ctx.clockOffsetMs = serverNow - Date.now();
        skewCorrected = true;
        maxAttempts++;
        if (logger) {
          const note = `clock offset set to ${ctx.clockOffsetMs} ms`;
          logLine(logger, formatAttempt({ ...record, retryInMs: 0, note }));
        }
        continue;
      }
    }

    let delay: number | undefined;
    if (attempt < maxAttempts && isRetryable(error, op.idempotent)) {
      delay = retryDelay(ctx.retry, attempt, error, response);
    }
    if (logger) logLine(logger, formatAttempt({ ...record, retryInMs: delay }));
    if (delay === undefined) throw error;
    try {
      await sleep(delay, signal);
    } catch {
      throw aborted(op, params, signal!);
    }
  }
}

function aborted(
  op: OperationInfo,
  params: Record<string, unknown>,
  signal: AbortSignal,
): RequestAbortedError {
  return new RequestAbortedError({
    operation: op.action,
    target: describeTarget(op, params),
    reason: signal.reason,
  });
}

async function dynamicCredentials(
  ctx: ClientContext,
  op: OperationInfo,
  params: Record<string, unknown>,
  signal: AbortSignal | undefined,
): Promise<Credentials> {
  try {
    return await ctx.credentials(signal);
  } catch (error) {
    if (signal?.aborted) throw aborted(op, params, signal);
    throw error;
  }
}

function encodeBody(compiled: CompiledOperation, params: Record<string, unknown>): string | undefined {
  const { info, encode, tokenField } = compiled;
  let value = params.body;
  if (value !== undefined && (typeof value !== 'object' || value === null || Array.isArray(value))) {
    throw new InvalidParameterError(
      'body',
      `${info.action}: body must be an object, got ${value === null ? 'null' : typeof value}`,
    );
  }
  if (tokenField && (value as Record<string, unknown> | undefined)?.[tokenField] === undefined) {
    value = { ...(value as Record<string, unknown> | undefined), [tokenField]: randomUUID() };
  }
  if (value === undefined) return undefined;
  return JSON.stringify(encode!(value));
}
