/**
 * Marks every error of this package. `Symbol.for` is shared by all copies of the package loaded in one process, so
 * the `isXError` checks work when an application ends up with two copies (e.g. one bundled by a dependency).
 */
export const ERROR_BRAND: unique symbol = Symbol.for('@emr-ray/client.error') as never;

export function hasErrorBrand(value: unknown): value is Error & { name: string; code: string } {
  return (
    typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[ERROR_BRAND] === true
  );
}
