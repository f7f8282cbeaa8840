import type { CallOptions } from './CallOptions';
import type * as apis from './generated/apis/index';
import type { OperationName, operations } from './operations.generated';

type Operations = typeof operations;
type ApiClassOf<N extends OperationName> = InstanceType<(typeof apis)[Operations[N]['apiClass']]>;
type GeneratedMethod<N extends OperationName> = ApiClassOf<N>[Operations[N]['methodName'] &
  keyof ApiClassOf<N>];
type ParamsOf<N extends OperationName> =
  GeneratedMethod<N> extends (params: infer P, ...rest: never[]) => unknown ? P : never;
type ResultOf<N extends OperationName> = GeneratedMethod<N> extends (...args: never[]) => infer R ? R : never;

/**
 * The API methods of a client: one per operation of the spec, named and typed like the generated API classes,
 * e.g. `getRayCluster(params: GetRayClusterRequest, options?: CallOptions): Promise<GetRayClusterResponse>`.
 */
export type EmrRayOperations = {
  [N in OperationName as Operations[N]['methodName']]: (
    params: ParamsOf<N>,
    options?: CallOptions,
  ) => ResultOf<N>;
};

/** A client made by `createClient`. */
export interface EmrRayClient extends EmrRayOperations {
  /**
   * Closes the pooled keep-alive connections so that the process can exit at once. The client stays usable: a
   * later call opens new connections.
   */
  destroy(): void;
}
