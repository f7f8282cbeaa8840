import { InvalidParameterError } from '../errors/InvalidParameterError';

/** Checks that a call's first argument is an object. */
export function requireParams(operation: string, params: unknown): Record<string, unknown> {
  if (typeof params !== 'object' || params === null || Array.isArray(params)) {
    throw new InvalidParameterError(
      'params',
      `${operation}: expected a parameters object such as { workspaceId: 'w-...' }, got ${params === null ? 'null' : typeof params}`,
    );
  }
  return params as Record<string, unknown>;
}
