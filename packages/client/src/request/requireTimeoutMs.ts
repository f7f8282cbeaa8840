import { InvalidParameterError } from '../errors/InvalidParameterError';

/**
 * Checks a timeout (the client's or a call's): a number of ms that `setTimeout` keeps, i.e. in (0, 2^31).
 * `operation` prefixes the message when a call's option is at fault.
 */
export function requireTimeoutMs(value: unknown, parameter: string, operation?: string): number {
  if (typeof value !== 'number' || !(value > 0) || value > 2_147_483_647) {
    const where = operation === undefined ? parameter : `${operation}: ${parameter}`;
    throw new InvalidParameterError(
      parameter,
      `${where} must be a number of ms in (0, 2^31), got ${String(value)}`,
    );
  }
  return value;
}
