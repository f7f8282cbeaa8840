import type { Logger } from '../Logger';
import { redact, redactText } from '../redact/redact';

/** Sends the redacted request or response of an attempt to `logger.debug`, when there is one. */
export function logWire(
  logger: Logger,
  direction: '>' | '<',
  firstLine: string,
  headers: Record<string, string> | undefined,
  body: string | undefined,
): void {
  if (typeof logger === 'function' || !logger.debug) return;
  try {
    const parts = [`emr-ray ${direction} ${redactText(firstLine)}`];
    if (headers) parts.push(JSON.stringify(redact(headers)));
    if (body) parts.push(redactBody(body));
    logger.debug(parts.join(' '));
  } catch {
    // Logging must never change the outcome of a call.
  }
}

function redactBody(body: string): string {
  try {
    return JSON.stringify(redact(JSON.parse(body) as unknown));
  } catch {
    return redactText(body.length > 2000 ? `${body.slice(0, 2000)}...` : body);
  }
}
