import type { Transport, TransportRequest, TransportResponse } from './Transport';
import { TransportError } from './TransportError';
import { isNotSentError } from './isNotSentError';

const TIMEOUT = Symbol('timeout');

/** A transport over a fetch implementation (the user's `options.fetch`). Connection pooling is the fetch's own. */
export function createFetchTransport(fetchImpl: typeof fetch): Transport {
  async function send(request: TransportRequest): Promise<TransportResponse> {
    const { signal } = request;
    if (signal?.aborted) throw new TransportError('aborted', signal.reason);
    const controller = new AbortController();
    const onAbort = (): void => controller.abort(signal!.reason);
    const timer = setTimeout(() => controller.abort(TIMEOUT), request.timeoutMs);
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      const { host: _host, ...headers } = request.headers;
      const response = await fetchImpl(request.url, {
        method: request.method,
        headers,
        body: request.body,
        signal: controller.signal,
      });
      const body = await response.text();
      return { status: response.status, header: (name) => response.headers.get(name) ?? undefined, body };
    } catch (error) {
      if (controller.signal.aborted) {
        const reason: unknown = controller.signal.reason;
        throw reason === TIMEOUT
          ? new TransportError('timeout', undefined)
          : new TransportError('aborted', reason);
      }
      throw new TransportError('network', error, isNotSentError(error));
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  return { send, close() {} };
}
