import type { Logger } from '../Logger';
import { redactText } from '../redact/redact';

/** Sends a redacted summary line to the logger (`info`, else `debug`, or the function). A throwing logger is ignored. */
export function logLine(logger: Logger, line: string): void {
  try {
    if (typeof logger === 'function') logger(redactText(line));
    else if (logger.info) logger.info(redactText(line));
    else logger.debug?.(redactText(line));
  } catch {
    // Logging must never change the outcome of a call.
  }
}
