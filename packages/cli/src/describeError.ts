import { isServiceError, redactText, type ServiceError } from '@emr-ray/client';
import { isNotFoundError, isWaiterError } from '@emr-ray/waiters';
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

/**
 * The one place that maps an error to an exit code (STYLE.md rule 10). `interrupted` is true when the run's signal
 * fired: whatever the error, the command was interrupted (exit 130).
 */
export function describeError(error: unknown, interrupted: boolean): ErrorReport {
  if (isUsageError(error)) {
    const usage = error.usage ? `\n${error.usage}` : '';
    return {
      exitCode: exitCodes.usage,
      text: redactText(`emr-ray: ${error.message}\n${usage}`),
      json: undefined,
    };
  }
  if (isCliExitError(error)) {
    const text = error.message ? `emr-ray: ${error.message}\n` : '';
    return {
      exitCode: error.exitCode,
      text: redactText(text),
      json: { error: { exitCode: error.exitCode, code: error.code, message: redactText(error.message) } },
    };
  }
  if (isWaiterError(error)) {
    const apiError = isServiceError(error.lastError) ? error.lastError : undefined;
    const exitCode =
      interrupted || error.reason === 'ABORTED'
        ? exitCodes.interrupted
        : error.reason === 'TIMEOUT'
          ? exitCodes.waitTimedOut
          : apiError && !isNotFoundError(apiError)
            ? exitCodes.error
            : exitCodes.waitFailed;
    const lines = [`emr-ray: ${error.message}`];
    if (exitCode === exitCodes.interrupted)
      lines.push('emr-ray: interrupted: the wait stopped; nothing was changed.');
    if (apiError && exitCode === exitCodes.error) lines.push(...serviceDetails(apiError));
    return {
      exitCode,
      text: redactText(`${lines.join('\n')}\n`),
      json: {
        error: {
          exitCode,
          code: error.code,
          message: redactText(error.message),
          reason: error.reason,
          waiter: error.waiter,
          lastState: error.lastState,
          attempts: error.attempts,
          elapsedMs: error.elapsedMs,
          observed: error.observed,
          ...(apiError ? { apiError: serviceJson(apiError) } : {}),
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
    const headline = error.operation
      ? `${error.operation} failed${error.statusCode ? ` (HTTP ${error.statusCode})` : ''}`
      : error.message;
    const text = [`emr-ray: ${headline}`, ...serviceDetails(error)].join('\n');
    return {
      exitCode: exitCodes.error,
      text: redactText(`${text}\n`),
      json: { error: { exitCode: exitCodes.error, ...serviceJson(error) } },
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  const code =
    typeof (error as { code?: unknown })?.code === 'string' ? (error as { code: string }).code : undefined;
  const name = error instanceof Error ? error.name : 'Error';
  return {
    exitCode: exitCodes.error,
    text: redactText(`emr-ray: ${name === 'Error' ? '' : `${name}: `}${message}\n`),
    json: { error: { exitCode: exitCodes.error, code: code ?? name, message: redactText(message) } },
  };
}

function serviceDetails(error: ServiceError): string[] {
  const lines = [`  code:       ${error.code}`];
  if (error.serviceMessage) lines.push(`  message:    ${error.serviceMessage}`);
  if (error.requestId) lines.push(`  request id: ${error.requestId}`);
  if (error.recommend) lines.push(`  see:        ${error.recommend}`);
  return lines;
}

function serviceJson(error: ServiceError): Record<string, unknown> {
  return {
    code: error.code,
    message: redactText(error.serviceMessage ?? error.message),
    statusCode: error.statusCode,
    requestId: error.requestId,
    recommend: error.recommend,
    operation: error.operation,
  };
}
