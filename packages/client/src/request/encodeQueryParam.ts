import { encodeRfc3986 } from '@emr-ray/signer';
import { InvalidParameterError } from '../errors/InvalidParameterError';
import type { OperationQueryParam } from '../operations.generated';

/** `name=value` for the query string (RFC 3986 encoded), or undefined when the parameter is not set. */
export function encodeQueryParam(
  operation: string,
  param: OperationQueryParam,
  value: unknown,
): string | undefined {
  if (value === undefined || value === null) return undefined;
  let text: string;
  if (param.json && typeof value === 'object') {
    text = JSON.stringify(value);
  } else if (param.type === 'integer' || param.type === 'number') {
    const ok =
      typeof value === 'number' &&
      (param.type === 'number' ? Number.isFinite(value) : Number.isInteger(value));
    if (!ok) {
      const what = param.type === 'integer' ? 'an integer' : 'a finite number';
      throw new InvalidParameterError(
        param.name,
        `${operation}: ${param.name} must be ${what}, got ${describe(value)}`,
      );
    }
    text = String(value);
  } else if (param.type === 'boolean') {
    if (typeof value !== 'boolean') {
      throw new InvalidParameterError(
        param.name,
        `${operation}: ${param.name} must be a boolean, got ${describe(value)}`,
      );
    }
    text = String(value);
  } else {
    if (typeof value !== 'string') {
      throw new InvalidParameterError(
        param.name,
        `${operation}: ${param.name} must be a string, got ${describe(value)}`,
      );
    }
    text = value;
  }
  return `${encodeRfc3986(param.name)}=${encodeRfc3986(text)}`;
}

function describe(value: unknown): string {
  return typeof value === 'string'
    ? JSON.stringify(value)
    : typeof value === 'number'
      ? String(value)
      : typeof value;
}
