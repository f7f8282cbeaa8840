import { describeCall } from './describeCall';
import { EmrRayError } from './EmrRayError';

/** What the API said about a failed call, as parsed from the error body and headers. */
export interface ServiceErrorDetails {
  /** The operation's action name, e.g. `GetRayCluster`. */
  operation: string;
  /** The API's error code, e.g. `RayCluster.NotFound`; `UnknownError` when the body had none. */
  code: string;
  /** The API's own message, without the context this client adds to `message`. */
  serviceMessage: string;
  /** The HTTP status (200 for a failure reported inside a success envelope). */
  statusCode: number;
  requestId?: string | undefined;
  hostId?: string | undefined;
  /** A troubleshooting URL the gateway suggests. */
  recommend?: string | undefined;
  description?: string | undefined;
  /** The details of a RAM authorization failure, as sent. */
  accessDeniedDetail?: Record<string, unknown> | undefined;
  /** The path parameters of the call (workspace, cluster, job ids), named in `message`. */
  target?: string | undefined;
  cause?: unknown;
}

/** The API answered with an error: a 4xx / 5xx status, or a failure code in a success envelope. */
export class ServiceError extends EmrRayError {
  override name = 'ServiceError';
  readonly operation: string;
  readonly serviceMessage: string;
  readonly statusCode: number;
  readonly requestId: string | undefined;
  readonly hostId: string | undefined;
  readonly recommend: string | undefined;
  readonly description: string | undefined;
  readonly accessDeniedDetail: Record<string, unknown> | undefined;

  constructor(details: ServiceErrorDetails) {
    super(formatMessage(details), { code: details.code, cause: details.cause });
    this.operation = details.operation;
    this.serviceMessage = details.serviceMessage;
    this.statusCode = details.statusCode;
    this.requestId = details.requestId;
    this.hostId = details.hostId;
    this.recommend = details.recommend;
    this.description = details.description;
    this.accessDeniedDetail = details.accessDeniedDetail;
  }
}

function formatMessage(d: ServiceErrorDetails): string {
  const call = describeCall(d.operation, d.target);
  const text = d.serviceMessage ? `: ${d.serviceMessage}` : '';
  const id = d.requestId ? ` (request id ${d.requestId})` : '';
  return `${call} failed with HTTP ${d.statusCode} ${d.code}${text}${id}`;
}
