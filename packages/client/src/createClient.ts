import type { CallOptions } from './CallOptions';
import type { ClientContext } from './ClientContext';
import { compileOperation } from './CompiledOperation';
import type { ClientOptions } from './ClientOptions';
import type { EmrRayClient } from './EmrRayClient';
import { credentialSource } from './config/credentialSource';
import { parseEndpoint } from './config/parseEndpoint';
import { regionEndpoint } from './config/regionEndpoint';
import { resolveRegion } from './config/resolveRegion';
import { InvalidParameterError } from './errors/InvalidParameterError';
import { invokeOperation } from './invokeOperation';
import { operationNames, operations } from './operations.generated';
import { requireTimeoutMs } from './request/requireTimeoutMs';
import { resolveRetryPolicy } from './retry/resolveRetryPolicy';
import { createFetchTransport } from './transport/createFetchTransport';
import { createNetTransport } from './transport/createNetTransport';
import { createNodeHttpTransport } from './transport/createNodeHttpTransport';
import { userAgent } from './userAgent';

/**
 * Creates a client of the EMR Serverless Spark Ray API with one method per operation (`getRayCluster`,
 * `listRayCluster`, ...). Options are checked now; the region and the credentials are looked up on the first call,
 * which fails with a `ConfigurationError` listing where it looked when either is missing.
 *
 * @example
 * const client = createClient({ region: 'cn-hangzhou' });
 * const cluster = await client.getRayCluster({ workspaceId: 'w-1', clusterId: 'ray-1' });
 */
export function createClient(options: ClientOptions = {}): EmrRayClient {
  if (typeof options !== 'object' || options === null) {
    throw new InvalidParameterError(
      'options',
      `createClient: options must be an object, got ${options === null ? 'null' : typeof options}`,
    );
  }
  const env = options.env ?? process.env;
  const timeoutMs = requireTimeoutMs(options.timeoutMs ?? 30_000, 'options.timeoutMs');
  if (options.region !== undefined && (typeof options.region !== 'string' || options.region === '')) {
    throw new InvalidParameterError(
      'options.region',
      'options.region must be a region id such as cn-hangzhou',
    );
  }
  if (options.fetch !== undefined && typeof options.fetch !== 'function') {
    throw new InvalidParameterError(
      'options.fetch',
      `options.fetch must be a fetch function, got ${typeof options.fetch}`,
    );
  }
  // What node:http accepts in a header value (RFC 9110 field-vchar, SP, HTAB, obs-text): checked once here, so that no
  // transport refuses the header later, on every call, with an error that does not name the option.
  if (
    options.userAgent !== undefined &&
    (typeof options.userAgent !== 'string' || /[^\t\x20-\x7e\x80-\xff]/.test(options.userAgent))
  ) {
    throw new InvalidParameterError(
      'options.userAgent',
      'options.userAgent must be a string of printable Latin-1 characters (no line break, NUL or other control character)',
    );
  }
  const transport = options.transport ?? 'net';
  if (transport !== 'net' && transport !== 'node-http') {
    throw new InvalidParameterError(
      'options.transport',
      `options.transport must be 'net' or 'node-http', got ${JSON.stringify(transport)}`,
    );
  }
  const homedir = options.homedir;
  const profile = options.profile;
  // Shared by the calls made before the region is known, so that they read the environment and the CLI config once;
  // dropped on failure, so that a later call looks again.
  let endpointLookup: Promise<string> | undefined;

  const ctx: ClientContext = {
    transport: options.fetch
      ? createFetchTransport(options.fetch)
      : transport === 'net'
        ? createNetTransport()
        : createNodeHttpTransport(),
    endpoint:
      options.endpoint !== undefined
        ? parseEndpoint(options.endpoint)
        : env.EMR_RAY_ENDPOINT
          ? parseEndpoint(env.EMR_RAY_ENDPOINT, 'env EMR_RAY_ENDPOINT')
          : options.region !== undefined
            ? regionEndpoint(options.region, 'options.region')
            : undefined,
    resolveEndpoint() {
      endpointLookup ??= resolveRegion({ env, homedir, profile })
        .then(({ region, source }) => (ctx.endpoint = regionEndpoint(region, source)))
        .catch((error: unknown) => {
          endpointLookup = undefined;
          throw error;
        });
      return endpointLookup;
    },
    credentials: credentialSource(options.credentials, { env, homedir, profile }),
    staticCredentials:
      options.credentials !== undefined && typeof options.credentials !== 'function'
        ? options.credentials
        : undefined,
    retry: resolveRetryPolicy(options.retry),
    timeoutMs,
    logger: options.logger,
    userAgent: userAgent(options.userAgent),
    correctClockSkew: options.correctClockSkew ?? true,
    clockOffsetMs: 0,
  };

  const client: Record<string, unknown> = {
    destroy(): void {
      ctx.transport.close();
    },
  };
  for (const name of operationNames) {
    const compiled = compileOperation(operations[name]);
    client[compiled.info.methodName] = (params: unknown, callOptions?: CallOptions) =>
      invokeOperation(ctx, compiled, params, callOptions);
  }
  return client as unknown as EmrRayClient;
}
