const BRAND = Symbol.for('@emr-ray/signer.CredentialsError');

export type CredentialsErrorCode =
  /** The source has nothing to offer (variable unset, file or profile missing, provider disabled). */
  | 'CredentialsNotFound'
  /** The source exists but what it holds is unusable (bad JSON, unknown mode, missing field). */
  | 'CredentialsInvalid'
  /** A credentials service (IMDS, STS, credentials URI) failed, timed out or refused. */
  | 'CredentialsRequestFailed';

export interface CredentialsErrorOptions {
  code: CredentialsErrorCode;
  /** The provider that failed, e.g. `env`, `cli_profile`, `ecs_ram_role`, `default`. */
  source: string;
  cause?: unknown;
  /** For the default chain: what each provider lacked. */
  errors?: readonly CredentialsError[];
}

/** A credential provider could not produce credentials. Messages name the source and never contain a secret. */
export class CredentialsError extends Error {
  override readonly name = 'CredentialsError' as const;
  readonly code: CredentialsErrorCode;
  readonly source: string;
  readonly errors: readonly CredentialsError[];

  constructor(message: string, options: CredentialsErrorOptions) {
    super(
      `${options.source}: ${message}`,
      options.cause === undefined ? undefined : { cause: options.cause },
    );
    this.code = options.code;
    this.source = options.source;
    this.errors = options.errors ?? [];
    Object.defineProperty(this, BRAND, { value: true });
  }
}

/** Whether `error` is a {@link CredentialsError}, also when it comes from another copy of this package. */
export function isCredentialsError(error: unknown): error is CredentialsError {
  return (
    typeof error === 'object' &&
    error !== null &&
    ((error as Record<symbol, unknown>)[BRAND] === true ||
      ((error as Error).name === 'CredentialsError' &&
        typeof (error as CredentialsError).source === 'string'))
  );
}
