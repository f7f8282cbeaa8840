import type { CompiledOperation } from './CompiledOperation';
import { describeTarget } from './request/describeTarget';
import type { EmrRayError } from './errors/EmrRayError';
import { NetworkError } from './errors/NetworkError';
import { ServiceError } from './errors/ServiceError';
import { parseErrorResponse } from './service/parseErrorResponse';
import type { TransportResponse } from './transport/Transport';

export type ReadOutcome =
  { ok: true; value: unknown; requestId: string | undefined } | { ok: false; error: EmrRayError };

/**
 * Decodes an answer: a 2xx JSON body through the generated `<Schema>FromJSON` (after checking the business code of
 * an envelope operation), anything else into a `ServiceError`. A 2xx body that is not a JSON object is a
 * `NetworkError` with code `MalformedResponse` (a proxy's page, a cut-off body), retried like other network faults.
 */
export function readResponse(
  compiled: CompiledOperation,
  response: TransportResponse,
  params: Record<string, unknown>,
): ReadOutcome {
  const op = compiled.info;
  const target = (): string => describeTarget(op, params);
  const { status } = response;
  if (status < 200 || status >= 300) {
    return {
      ok: false,
      error: parseErrorResponse({
        operation: op.action,
        target: target(),
        statusCode: status,
        header: response.header,
        body: response.body,
      }),
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(response.body);
  } catch (cause) {
    // An empty success body (e.g. a 204) decodes as an empty object; anything else unreadable is malformed.
    json = /^\s*$/.test(response.body) ? {} : cause;
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json) || json instanceof Error) {
    const cause = new Error(
      `HTTP ${status} with a body that is not a JSON object (${Buffer.byteLength(response.body)} bytes, ` +
        `content-type ${response.header('content-type') ?? 'none'})`,
      json instanceof Error ? { cause: json } : undefined,
    );
    return {
      ok: false,
      error: new NetworkError({
        operation: op.action,
        target: target(),
        cause,
        notSent: false,
        code: 'MalformedResponse',
      }),
    };
  }
  const body = json as Record<string, unknown>;
  const requestId = typeof body.requestId === 'string' ? body.requestId : response.header('x-acs-request-id');
  const envelope = 'envelope' in op ? op.envelope : undefined;
  if (envelope) {
    const code = body[envelope.code];
    if (code !== undefined && code !== null && String(code) !== envelope.successCode) {
      const message = body[envelope.message];
      return {
        ok: false,
        error: new ServiceError({
          operation: op.action,
          target: target(),
          code: String(code),
          serviceMessage: typeof message === 'string' ? message : '',
          statusCode: status,
          requestId,
        }),
      };
    }
  }
  return { ok: true, value: compiled.decode(body), requestId };
}
