import type { Agent as HttpAgent, IncomingMessage } from 'node:http';
import type { Agent as HttpsAgent } from 'node:https';
import type { Transport, TransportRequest, TransportResponse } from './Transport';
import { TransportError } from './TransportError';
import { isNotSentError } from './isNotSentError';
import { MAX_RESPONSE_BYTES } from './maxResponseBytes';

// Under the 5 s keep-alive timeout of Node servers, so that the client closes an idle socket first.
const IDLE_TIMEOUT_MS = 4000;

/**
 * The node:http / node:https transport (`transport: 'node-http'`), with one keep-alive agent per protocol, owned by the client
 * (`close()` destroys their sockets). The modules are loaded on first use, so importing the client stays cheap.
 */
export function createNodeHttpTransport(): Transport {
  let http: typeof import('node:http') | undefined;
  let https: typeof import('node:https') | undefined;
  let httpAgent: HttpAgent | undefined;
  let httpsAgent: HttpsAgent | undefined;

  function moduleAndAgent(protocol: string): {
    request: typeof import('node:http').request;
    agent: HttpAgent;
  } {
    if (protocol === 'https:') {
      https ??= process.getBuiltinModule('node:https');
      httpsAgent ??= new https.Agent({ keepAlive: true, timeout: IDLE_TIMEOUT_MS, scheduling: 'lifo' });
      return { request: https.request, agent: httpsAgent };
    }
    http ??= process.getBuiltinModule('node:http');
    httpAgent ??= new http.Agent({ keepAlive: true, timeout: IDLE_TIMEOUT_MS, scheduling: 'lifo' });
    return { request: http.request, agent: httpAgent };
  }

  function send(request: TransportRequest): Promise<TransportResponse> {
    const { signal } = request;
    if (signal?.aborted) return Promise.reject(new TransportError('aborted', signal.reason));
    const { url } = request;
    const { request: httpRequest, agent } = moduleAndAgent(url.protocol);
    const headers = headerList(request.headers, request.body);

    return new Promise<TransportResponse>((resolve, reject) => {
      // Made before the timer and the abort listener are armed: it throws at once on a header value node:http
      // refuses (e.g. a provider's security token with a line break), and nothing may be left behind then.
      const req = httpRequest({
        protocol: url.protocol,
        // URL keeps the brackets of an IPv6 literal; node:http wants the bare address.
        hostname: url.hostname.charCodeAt(0) === 0x5b ? url.hostname.slice(1, -1) : url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method: request.method,
        headers,
        agent,
      });
      let settled = false;
      const settle = (error: TransportError | undefined, response?: TransportResponse): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        if (error) reject(error);
        else resolve(response!);
      };
      const fail = (error: TransportError): void => {
        settle(error);
        req.destroy();
      };
      const onAbort = (): void => fail(new TransportError('aborted', signal!.reason));
      const timer = setTimeout(() => fail(new TransportError('timeout', undefined)), request.timeoutMs);

      req.on('error', (error) => settle(networkError(error)));
      req.on('response', (res: IncomingMessage) => {
        const chunks: Buffer[] = [];
        let received = 0;
        res.on('data', (chunk: Buffer) => {
          received += chunk.length;
          if (received > MAX_RESPONSE_BYTES) {
            fail(
              new TransportError(
                'network',
                new Error(`the response is larger than ${MAX_RESPONSE_BYTES} bytes`),
              ),
            );
          } else chunks.push(chunk);
        });
        res.on('error', (error) => settle(networkError(error)));
        res.on('end', () =>
          settle(undefined, {
            status: res.statusCode ?? 0,
            header: (name) => joinHeader(res.headers[name]),
            body: chunks.length === 1 ? chunks[0]!.toString('utf8') : Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('close', () => {
          if (!res.complete) settle(new TransportError('network', new Error('the response was cut off')));
        });
      });
      signal?.addEventListener('abort', onAbort, { once: true });
      req.end(request.body);
    });
  }

  return {
    send,
    close() {
      httpAgent?.destroy();
      httpsAgent?.destroy();
      httpAgent = undefined;
      httpsAgent = undefined;
    },
  };
}

// The flat [name, value, ...] form makes node:http write the headers as given, skipping the per-header checks of
// setHeader: the values are the signer's output and a user agent checked by createClient, with no line breaks.
function headerList(headers: Record<string, string>, body: string | undefined): string[] {
  const list: string[] = [];
  for (const name in headers) list.push(name, headers[name]!);
  if (body !== undefined) list.push('content-length', String(Buffer.byteLength(body)));
  return list;
}

function joinHeader(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(', ') : value;
}

// llhttp's parse errors (HPE_*) are a broken response: the same code the net transport gives them.
function networkError(error: Error): TransportError {
  const code = (error as { code?: unknown }).code;
  const malformed = typeof code === 'string' && code.startsWith('HPE_');
  return new TransportError(
    'network',
    error,
    isNotSentError(error),
    malformed ? 'MalformedResponse' : undefined,
  );
}
