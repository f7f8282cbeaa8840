const INSPECT = Symbol.for('nodejs.util.inspect.custom');
const SECRET_FIELD = /secret|token|password|private_key/i;

/**
 * Makes a plain record print with secret-looking fields (`*secret*`, `*token*`, ...) shown as `<redacted>` under
 * `JSON.stringify`, `console.log` and `util.inspect`, while the fields stay readable. Returns the same object.
 */
export function redactRecord<T extends object>(record: T): T {
  const printable = (): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(record)) {
      out[key] = SECRET_FIELD.test(key) && value !== undefined && value !== '' ? '<redacted>' : value;
    }
    return out;
  };
  Object.defineProperty(record, 'toJSON', { value: printable, enumerable: false });
  Object.defineProperty(record, INSPECT, {
    value: (_depth: number, inspectOptions: object, inspect: (value: unknown, options: object) => string) =>
      inspect(printable(), inspectOptions),
    enumerable: false,
  });
  return record;
}
