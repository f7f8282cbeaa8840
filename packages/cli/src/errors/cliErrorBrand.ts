/** Marks the errors of this package; `Symbol.for` is shared by every copy of the package loaded in one process. */
export const CLI_ERROR_BRAND: unique symbol = Symbol.for('@emr-ray/cli.error') as never;

export function hasCliErrorBrand(value: unknown): value is Error & { name: string; exitCode: number } {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Record<symbol, unknown>)[CLI_ERROR_BRAND] === true
  );
}
