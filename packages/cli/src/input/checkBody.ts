import { BodyInputError } from './BodyInputError';
import type { BodySchema, FieldType } from './FieldType';

/**
 * Checks a request body read from `source` against `schema` and returns it in the API's types: numbers given for
 * string fields become strings, objects given for JSON-string fields are serialized, `null` fields are dropped.
 * An unknown field is an error naming the allowed ones (a typo must not be sent and silently ignored).
 */
export function checkBody(value: unknown, schema: BodySchema, source: string): Record<string, unknown> {
  return checkObject(value, schema, source, '');
}

function checkObject(
  value: unknown,
  schema: BodySchema,
  source: string,
  path: string,
): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new BodyInputError(source, path, `must be an object (a mapping), got ${describe(value)}`);
  }
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const fieldPath = path ? `${path}.${key}` : key;
    const type = Object.hasOwn(schema, key) ? schema[key] : undefined;
    if (type === undefined) {
      throw new BodyInputError(
        source,
        fieldPath,
        `is not a known field; expected one of: ${Object.keys(schema).join(', ')}`,
      );
    }
    if (item === null || item === undefined) continue;
    out[key] = checkField(item, type, source, fieldPath);
  }
  return out;
}

function checkField(value: unknown, type: FieldType, source: string, path: string): unknown {
  if (typeof type === 'object') {
    if ('object' in type) return checkObject(value, type.object, source, path);
    if (!Array.isArray(value))
      throw new BodyInputError(source, path, `must be a list, got ${describe(value)}`);
    return value.map((item, index) => checkObject(item, type.array, source, `${path}[${index}]`));
  }
  switch (type) {
    case 'string':
      if (typeof value === 'string') return value;
      if (typeof value === 'number' && Number.isFinite(value)) return String(value);
      throw new BodyInputError(source, path, `must be a string, got ${describe(value)}`);
    case 'integer':
      if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
      throw new BodyInputError(source, path, `must be an integer, got ${describe(value)}`);
    case 'boolean':
      if (typeof value === 'boolean') return value;
      throw new BodyInputError(source, path, `must be true or false, got ${describe(value)}`);
    case 'strings':
      if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value;
      throw new BodyInputError(source, path, `must be a list of strings, got ${describe(value)}`);
    case 'json':
      if (typeof value === 'object') return JSON.stringify(value);
      if (typeof value === 'string') {
        try {
          JSON.parse(value);
        } catch (error) {
          throw new BodyInputError(source, path, `must hold JSON: ${(error as Error).message}`, {
            cause: error,
          });
        }
        return value;
      }
      throw new BodyInputError(source, path, `must be JSON text or an object, got ${describe(value)}`);
  }
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing (the document is empty)';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string')
    return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value)}`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}
