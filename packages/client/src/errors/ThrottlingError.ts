import { ServiceError, type ServiceErrorDetails } from './ServiceError';

/** The API refused the call because of a rate limit (`Throttling`, `Throttling.User`, `Throttling.Api`). */
export class ThrottlingError extends ServiceError {
  override name = 'ThrottlingError';
  /** How long the gateway asked to wait before the next call, when it said so (`x-ratelimit-*` TimeLeft, Retry-After). */
  readonly retryAfterMs: number | undefined;

  constructor(details: ServiceErrorDetails & { retryAfterMs?: number | undefined }) {
    super(details);
    this.retryAfterMs = details.retryAfterMs;
  }
}
