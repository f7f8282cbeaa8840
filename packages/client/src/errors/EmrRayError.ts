import { ERROR_BRAND } from './errorBrand';

/** Base class of every error thrown by `@emr-ray/client`. `code` is stable and meant for programs; `message` for people. */
export class EmrRayError extends Error {
  override name = 'EmrRayError';
  /** A stable, machine-readable code: the API's error code for a `ServiceError`, else e.g. `RequestTimeout`. */
  readonly code: string;

  constructor(message: string, options: { code: string; cause?: unknown }) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = options.code;
  }
}

Object.defineProperty(EmrRayError.prototype, ERROR_BRAND, { value: true });
