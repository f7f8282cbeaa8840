/** Throws a `TypeError` naming the first of `keys` that is not a non-empty string in `input`. */
export function requireIds(input: unknown, keys: readonly string[]): void {
  if (typeof input !== 'object' || input === null) {
    throw new TypeError(
      `the second argument must be an object with ${keys.join(' and ')}, got ${input === null ? 'null' : typeof input}`,
    );
  }
  for (const key of keys) {
    const value = (input as Record<string, unknown>)[key];
    if (typeof value !== 'string' || value === '') {
      throw new TypeError(
        `input.${key} must be a non-empty string, got ${value === '' ? 'an empty string' : typeof value}`,
      );
    }
  }
}
