import { isServiceError, redactText } from '@emr-ray/client';
import { isWaiterError } from '@emr-ray/waiters';
import { isCliExitError } from './errors/isCliExitError';
import { isUsageError } from './errors/isUsageError';
import { exitCodes, type ExitCode } from './exitCodes';

/** How the entry point reports a failed command: the exit code, the text for stderr and the JSON for stdout. */
export interface ErrorReport {
  exitCode: ExitCode;
  /** Printed on stderr, each line prefixed by nothing; already redacted. */
  text: string;
  /** `{ error: ... }` printed on stdout with `--output json` (never for usage errors). */
  json: { error: Record<string, unknown> } | undefined;
}

interface ServiceErrorLike {
  name: string;
  code: string;
  message: string;
  serviceMessage?: string;
  statusCode?: number;
  requestId?: string;
  recommend?: string;
  operation?: string;
}

interface WaiterErrorLike {
  name: string;
  code: string;
  message: string;
  reason: 'FAILURE' | 'TIMEOUT' | 'ABORTED';
  waiter: string;
  attempts: number;
  elapsedMs: number;
  lastState: string | undefined;
  observed: Record<string, number>;
  lastError: unknown;
}

/**
 * The one place that maps an error to an exit code (STYLE.md rule 10). `interrupted` is true when the run's signal
 * fired: whatever the error, the command was interrupted (exit 130).
 */
export function describeError(error: unknown, interrupted: boolean): ErrorReport {
  const redact = redactText;

  if (isUsageError(error)) {
    const usage = error.usage ? `\n${error.usage}` : '';
    return {
      exitCode: exitCodes.usage,
      text: redact(`emr-ray: ${error.message}\n${usage}`),
      json: undefined,
    };
  }
  if (isCliExitError(error)) {
    const text = error.message ? `emr-ray: ${error.message}\n` : '';
    return {
      exitCode: error.exitCode,
      text: redact(text),
      json: { error: { exitCode: error.exitCode, code: error.code, message: redact(error.message) } },
    };
  }
  if (isWaiterError(error)) {
    const waiterError = error as unknown as WaiterErrorLike;
    const apiError = isServiceError(waiterError.lastError)
      ? (waiterError.lastError as ServiceErrorLike)
      : undefined;
    const exitCode =
      interrupted || waiterError.reason === 'ABORTED'
        ? exitCodes.interrupted
        : waiterError.reason === 'TIMEOUT'
          ? exitCodes.waitTimedOut
          : apiError && !isNotFound(apiError)
            ? exitCodes.error
            : exitCodes.waitFailed;
    const lines = [`emr-ray: ${waiterError.message}`];
    if (exitCode === exitCodes.interrupted)
      lines.push('emr-ray: interrupted: the wait stopped; nothing was changed.');
    if (apiError && exitCode === exitCodes.error) lines.push(...serviceDetails(apiError));
    return {
      exitCode,
      text: redact(`${lines.join('\n')}\n`),
      json: {
        error: {
          exitCode,
          code: waiterError.code,
          message: redact(waiterError.message),
          reason: waiterError.reason,
          waiter: waiterError.waiter,
          lastState: waiterError.lastState,
          attempts: waiterError.attempts,
          elapsedMs: waiterError.elapsedMs,
          observed: waiterError.observed,
          ...(apiError ? { apiError: serviceJson(apiError, redact) } : {}),
        },
      },
    };
  }
  if (interrupted) {
    return {
      exitCode: exitCodes.interrupted,
      text: 'emr-ray: interrupted\n',
      json: { error: { exitCode: exitCodes.interrupted, code: 'Interrupted', message: 'interrupted' } },
    };
  }
  if (isServiceError(error)) {
    const apiError = error as unknown as ServiceErrorLike;
    const headline = apiError.operation
      ? `${apiError.operation} failed${apiError.statusCode ? ` (HTTP ${apiError.statusCode})` : ''}`
      : apiError.message;
    const text = [`emr-ray: ${headline}`, ...serviceDetails(apiError)].join('\n');
    return {
      exitCode: exitCodes.error,
      text: redact(`${text}\n`),
      json: { error: { exitCode: exitCodes.error, ...serviceJson(apiError, redact) } },
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  const code =
    typeof (error as { code?: unknown })?.code === 'string' ? (error as { code: string }).code : undefined;
  const name = error instanceof Error ? error.name : 'Error';
  return {
    exitCode: exitCodes.error,
    text: redact(`emr-ray: ${name === 'Error' ? '' : `${name}: `}${message}\n`),
    json: { error: { exitCode: exitCodes.error, code: code ?? name, message: redact(message) } },
  };
}

function serviceDetails(error: ServiceErrorLike): string[] {
  const lines = [`  code:       ${error.code}`];
  if (error.serviceMessage) lines.push(`  message:    ${error.serviceMessage}`);
  if (error.requestId) lines.push(`  request id: ${error.requestId}`);
  if (error.recommend) lines.push(`  see:        ${error.recommend}`);
  return lines;
}

function serviceJson(error: ServiceErrorLike, redact: (text: string) => string): Record<string, unknown> {
  return {
    code: error.code,
    message: redact(error.serviceMessage ?? error.message),
    statusCode: error.statusCode,
    requestId: error.requestId,
    recommend: error.recommend,
    operation: error.operation,
  };
}

function isNotFound(error: ServiceErrorLike): boolean {
  if (error.code === 'InvalidAccessKeyId.NotFound') return false;
  return error.statusCode === 404 || error.code.endsWith('.NotFound');
}
