// The public surface of @emr-ray/client, re-exported by name.

// Client
export { createClient } from './createClient';
export type { ClientOptions } from './ClientOptions';
export type { CallOptions } from './CallOptions';
export type { EmrRayClient, EmrRayOperations } from './EmrRayClient';
export type { Logger } from './Logger';
export type { RetryOptions } from './retry/RetryOptions';

// Errors
export { EmrRayError } from './errors/EmrRayError';
export { ServiceError } from './errors/ServiceError';
export type { ServiceErrorDetails } from './errors/ServiceError';
export { ThrottlingError } from './errors/ThrottlingError';
export { RequestTimeoutError } from './errors/RequestTimeoutError';
export { RequestAbortedError } from './errors/RequestAbortedError';
export { NetworkError } from './errors/NetworkError';
export { InvalidParameterError } from './errors/InvalidParameterError';
export { ConfigurationError } from './errors/ConfigurationError';
export { isEmrRayError } from './errors/isEmrRayError';
export { isServiceError } from './errors/isServiceError';
export { isThrottlingError } from './errors/isThrottlingError';
export { isTransientError } from './errors/isTransientError';
export { THROTTLING_CODES } from './service/throttlingCodes';
export { CLOCK_SKEW_CODES } from './service/clockSkewCodes';

// Pagination
export { paginateListRayCluster } from './pagination/paginateListRayCluster';
export { paginateListRayJob } from './pagination/paginateListRayJob';
export { paginateListRayLogs } from './pagination/paginateListRayLogs';

// Redaction (also used by the CLI)
export { redact, redactText } from './redact/redact';
export { createRedactor } from './redact/createRedactor';
export type { Redactor } from './redact/createRedactor';
export { redactUrlQuery } from './redact/redactUrlQuery';
export { REDACTED } from './redact/REDACTED';

// The operations table generated from the spec
export {
  apiVersion,
  operationNames,
  operations,
  secretFieldNames,
  secretFields,
} from './operations.generated';
export type {
  OperationEnvelope,
  OperationInfo,
  OperationName,
  OperationPagination,
  OperationQueryParam,
  SecretKind,
} from './operations.generated';

// Generated code (typescript-fetch): API classes, request and response models, enums
export { RayClusterApi, RayJobApi, RayLogApi } from './generated/apis/index';
export { Configuration, ResponseError, FetchError, RequiredError } from './generated/runtime';
export type { ConfigurationParameters, FetchAPI, Middleware } from './generated/runtime';
export { RayClusterState, RayJobStatus } from './generated/models/index';

export type {
  CreateRayClusterRequest,
  DeleteRayClusterRequest,
  GetRayClusterRequest,
  ListRayClusterRequest,
  StartRayClusterRequest,
  StopRayClusterRequest,
  UpdateRayClusterRequest,
  CancelRayJobRequest,
  GetRayJobRequest,
  ListRayJobRequest,
  SubmitRayJobRequest,
  GetRayLogRequest,
  ListRayLogsRequest,
} from './generated/apis/index';
export type {
  CancelRayJobResponse,
  CreateRayClusterBody,
  CreateRayClusterResponse,
  DeleteRayClusterResponse,
  ErrorResponse,
  GetRayClusterResponse,
  GetRayJobResponse,
  GetRayLogData,
  GetRayLogResponse,
  GuHours,
  ListRayClusterResponse,
  ListRayJobResponse,
  ListRayLogsData,
  ListRayLogsResponse,
  RayClusterSummary,
  RayHeadSpecIn,
  RayHeadSpecOut,
  RayJobSummary,
  RayJobWorkerSpecOut,
  RayLogObject,
  RayNode,
  RayWorkerSpecIn,
  RayWorkerSpecOut,
  StartRayClusterBody,
  StartRayClusterResponse,
  StopRayClusterBody,
  StopRayClusterResponse,
  SubmitRayJobBody,
  SubmitRayJobResponse,
  Tag,
  UpdateRayClusterBody,
  UpdateRayClusterResponse,
} from './generated/models/index';
