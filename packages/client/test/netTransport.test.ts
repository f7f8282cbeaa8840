import { getEventListeners } from 'node:events';
import { createServer } from 'node:http';
import { createClient } from '../src/createClient';
import type { ClientOptions } from '../src/ClientOptions';
import type { EmrRayClient } from '../src/EmrRayClient';
import { createNetTransport } from '../src/transport/createNetTransport';
import type { Transport } from '../src/transport/Transport';
import { captureError } from './support/captureError';
import { okResponse, startRawServer, type RawRequest, type RawServer } from './support/rawHttpServer';

// The default transport against servers that send exactly crafted bytes (and a node:http one), on loopback.
const cluster = JSON.stringify({ requestId: 'R', clusterId: 'ray-1', state: 'Running' });
const get = { workspaceId: 'w', clusterId: 'ray-1' };

let server: RawServer | undefined;
const clients: EmrRayClient[] = [];
const transports: Transport[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  for (const t of transports.splice(0)) t.close();
  await server?.close();
  server = undefined;
});

async function serve(respond: (request: RawRequest) => void): Promise<RawServer> {
  server = await startRawServer(respond);
  return server;
}

function client(options: ClientOptions = {}): EmrRayClient {
  const c = createClient({
    endpoint: server!.endpoint,
    credentials: { accessKeyId: 'ak', accessKeySecret: 'sk' },
    retry: { baseDelayMs: 1, maxDelayMs: 2 },
    ...options,
  });
  clients.push(c);
  return c;
}

function transport(options: Parameters<typeof createNetTransport>[0] = {}): Transport {
  const t = createNetTransport(options);
  transports.push(t);
  return t;
}

function send(t: Transport, path = '/x', method = 'GET', timeoutMs = 5000) {
  const url = new URL(server!.endpoint + path);
  return t.send({ method, url, headers: { host: url.host, accept: '*/*' }, timeoutMs });
}

const until = async (condition: () => boolean): Promise<void> => {
  for (let i = 0; i < 400 && !condition(); i++) await new Promise((r) => setTimeout(r, 5));
  if (!condition()) throw new Error('condition not met in 2 s');
};

describe('net transport: framing', () => {
  it('reads a Content-Length answer, with case-insensitive and repeated headers, over one connection', async () => {
    await serve(({ socket }) =>
      socket.write(okResponse(cluster, 'X-Acs-Request-Id: R7\r\nVary: a\r\nvary: b\r\n')),
    );
    const t = transport();
    for (let i = 0; i < 3; i++) {
      const response = await send(t);
      expect(response.status).toBe(200);
      expect(response.body).toBe(cluster);
      expect(response.header('x-acs-request-id')).toBe('R7');
      expect(response.header('vary')).toBe('a, b');
    }
    expect(server!.connections).toBe(1);
    expect(server!.requests[0]!.text).toMatch(
      /^GET \/x HTTP\/1\.1\r\nhost: 127\.0\.0\.1:\d+\r\naccept: \*\/\*\r\n/,
    );
  });

  it('reads a chunked answer in many small chunks with extensions and trailers, and keeps the connection', async () => {
    await serve(({ socket }) => {
      const chunks = cluster
        .match(/.{1,3}/g)!
        .map((piece, i) => `${piece.length.toString(16)}${i % 2 ? ';e=1' : ''}\r\n${piece}\r\n`);
      socket.write(
        `HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n${chunks.join('')}0\r\nx-checksum: abc\r\n\r\n`,
      );
    });
    await expect(client().getRayCluster(get)).resolves.toMatchObject({ clusterId: 'ray-1' });
    await expect(client().getRayCluster(get)).resolves.toMatchObject({ state: 'Running' });
    const c = client();
    await c.getRayCluster(get);
    await c.getRayCluster(get);
    expect(server!.connections).toBe(3);
  });

  it('reads an answer written one byte at a time', async () => {
    await serve(({ socket }) => {
      socket.setNoDelay(true);
      const bytes = Buffer.from(
        `HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n${cluster.length.toString(16)}\r\n${cluster}\r\n0\r\n\r\n`,
      );
      let at = 0;
      const next = (): void => {
        if (at < bytes.length && !socket.destroyed)
          socket.write(bytes.subarray(at, ++at), () => setImmediate(next));
      };
      next();
    });
    await expect(client().getRayCluster(get)).resolves.toMatchObject({ clusterId: 'ray-1' });
  });

  it('skips 100 Continue and 103 Early Hints', async () => {
    await serve(({ socket }) =>
      socket.write(
        `HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nlink: </a>\r\n\r\n${okResponse(cluster)}`,
      ),
    );
    const response = await send(transport());
    expect([response.status, response.body, response.header('link')]).toEqual([200, cluster, undefined]);
  });

  it('reads no body after HEAD, 204 and 304, and reuses the connection', async () => {
    await serve(({ socket, text }) => {
      if (text.startsWith('HEAD')) socket.write('HTTP/1.1 200 OK\r\ncontent-length: 100\r\n\r\n');
      else if (text.startsWith('GET /204')) socket.write('HTTP/1.1 204 No Content\r\n\r\n');
      else socket.write('HTTP/1.1 304 Not Modified\r\ncontent-length: 5\r\n\r\n');
    });
    const t = transport();
    await expect(send(t, '/h', 'HEAD')).resolves.toMatchObject({ status: 200, body: '' });
    await expect(send(t, '/204')).resolves.toMatchObject({ status: 204, body: '' });
    await expect(send(t, '/304')).resolves.toMatchObject({ status: 304, body: '' });
    expect(server!.connections).toBe(1);
  });

  it('reads a body that ends with the connection', async () => {
    await serve(({ socket }) =>
      socket.end(`HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n\r\n${cluster}`),
    );
    await expect(client().getRayCluster(get)).resolves.toMatchObject({ clusterId: 'ray-1' });
  });
});

describe('net transport: connection reuse', () => {
  it('opens a new connection after Connection: close', async () => {
    await serve(({ socket }) => socket.write(okResponse(cluster, 'connection: close\r\n')));
    const c = client();
    for (let i = 0; i < 3; i++) await c.getRayCluster(get);
    expect(server!.connections).toBe(3);
    await until(() => server!.open.size === 0);
  });

  it('drops an idle connection the server closed, and sends the next request on a fresh one', async () => {
    await serve(({ socket }) => {
      socket.write(okResponse(cluster));
      setTimeout(() => socket.end(), 10);
    });
    const c = client({ retry: false });
    await c.getRayCluster(get);
    await until(() => server!.open.size === 0);
    await expect(c.getRayCluster(get)).resolves.toMatchObject({ clusterId: 'ray-1' });
    expect(server!.connections).toBe(2);
    expect(server!.requests).toHaveLength(2);
  });

  it('resends once on a fresh connection when a reused one closes before any answer byte, even a POST', async () => {
    // What the server's keep-alive timeout does when it crosses our request: an orderly close, no answer.
    await serve(({ socket, onConnection }) => {
      if (onConnection === 0) socket.write(okResponse(cluster));
      else socket.end();
    });
    const c = client({ retry: false });
    await c.getRayCluster(get);
    await expect(c.createRayCluster({ workspaceId: 'w', body: { name: 'n' } })).resolves.toMatchObject({
      clusterId: 'ray-1',
    });
    expect(server!.requests.map((r) => [r.text.slice(0, 4), r.onConnection])).toEqual([
      ['GET ', 0],
      ['POST', 1],
      ['POST', 0],
    ]);
    expect(server!.connections).toBe(2);
  });

  it('does not resend when the fresh connection closes too: a NetworkError', async () => {
    await serve(({ socket, onConnection }) => {
      if (onConnection === 0 && server!.connections === 1) socket.write(okResponse(cluster));
      else socket.end();
    });
    const c = client({ retry: false });
    await c.getRayCluster(get);
    const error = await captureError(c.getRayCluster(get));
    expect(error).toMatchObject({ name: 'NetworkError', code: 'NetworkError', notSent: false });
    expect(error.message).toContain('the server closed the connection before answering');
    expect(server!.requests).toHaveLength(3);
  });

  it('leaves a reset after the request was read to the retry policy: a read is retried, a SubmitRayJob is not', async () => {
    await serve(({ socket, onConnection }) => {
      if (onConnection === 0) socket.write(okResponse(cluster));
      else socket.resetAndDestroy();
    });
    const c = client();
    await c.getRayCluster(get);
    await expect(c.getRayCluster(get)).resolves.toMatchObject({ clusterId: 'ray-1' });
    expect(server!.requests.map((r) => r.onConnection)).toEqual([0, 1, 0]);

    server!.requests.length = 0; // the POST goes on the connection of the last answer

    const error = await captureError(c.submitRayJob({ workspaceId: 'w', body: { name: 'j' } }));
    expect(error).toMatchObject({ name: 'NetworkError', notSent: false });
    expect(error.message).toMatch(/ECONNRESET/);
    expect(server!.requests).toHaveLength(1);
  });

  it('shares at most maxSockets connections between concurrent requests, queueing the rest', async () => {
    let inFlight = 0;
    let peak = 0;
    await serve(({ socket }) => {
      peak = Math.max(peak, ++inFlight);
      setTimeout(() => {
        inFlight--;
        socket.write(okResponse(cluster));
      }, 10);
    });
    const c = client();
    const calls = Array.from({ length: 40 }, () => c.getRayCluster(get));
    await expect(Promise.all(calls)).resolves.toHaveLength(40);
    expect(server!.connections).toBe(16);
    expect(peak).toBe(16);

    const t = transport({ maxSockets: 3 });
    server!.connections = 0;
    peak = 0;
    const results = await Promise.all(Array.from({ length: 16 }, () => send(t)));
    expect(results.every((r) => r.body === cluster)).toBe(true);
    expect(server!.connections).toBe(3);
    expect(peak).toBe(3);
  });

  it('closes a connection idle for idleTimeoutMs', async () => {
    await serve(({ socket }) => socket.write(okResponse(cluster)));
    const t = transport({ idleTimeoutMs: 50 });
    await send(t);
    expect(server!.open.size).toBe(1);
    const started = Date.now();
    await until(() => server!.open.size === 0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(30);
    await send(t);
    expect(server!.connections).toBe(2);
  });

  it('is chosen by options.transport, which rejects unknown values', () => {
    expect(() =>
      createClient({ transport: 'undici' as 'net', credentials: { accessKeyId: 'a', accessKeySecret: 'b' } }),
    ).toThrow(expect.objectContaining({ name: 'InvalidParameterError', parameter: 'options.transport' }));
  });

  it('destroy() closes the pooled connections, and the client stays usable', async () => {
    await serve(({ socket }) => socket.write(okResponse(cluster)));
    const c = client();
    await Promise.all([c.getRayCluster(get), c.getRayCluster(get)]);
    expect(server!.open.size).toBe(2);
    c.destroy();
    await until(() => server!.open.size === 0);
    await expect(c.getRayCluster(get)).resolves.toMatchObject({ clusterId: 'ray-1' });
  });

  it('works against a node:http server, also for POST bodies', async () => {
    const seen: string[] = [];
    const http = createServer((req, res) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (d: string) => (body += d));
      req.on('end', () => {
        seen.push(`${req.method} ${req.url} ${req.headers['content-length']} ${body}`);
        res.setHeader('content-type', 'application/json');
        res.end(cluster);
      });
    });
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    const c = createClient({
      endpoint: `http://127.0.0.1:${(http.address() as { port: number }).port}`,
      credentials: { accessKeyId: 'ak', accessKeySecret: 'sk' },
    });
    try {
      await c.getRayCluster(get);
      await c.createRayCluster({ workspaceId: 'w', body: { name: 'é' } });
      await c.deleteRayCluster(get);
      const json = JSON.stringify({ name: 'é' });
      expect(seen).toEqual([
        'GET /api/v1/workspaces/w/rayCluster/ray-1 undefined ',
        `POST /api/v1/workspaces/w/rayCluster ${Buffer.byteLength(json)} ${json}`,
        'DELETE /api/v1/workspaces/w/rayCluster/ray-1 undefined ',
      ]);
    } finally {
      c.destroy();
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    }
  });
});

describe('net transport: failures', () => {
  it.each([
    ['a malformed status line', 'HTTP/1.1 2OO OK\r\ncontent-length: 2\r\n\r\n{}'],
    ['a bad chunk size', 'HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\nx1\r\n{}\r\n0\r\n\r\n'],
  ])(
    'turns %s into a NetworkError with code MalformedResponse, on both built-in transports',
    async (_what, bytes) => {
      await serve(({ socket }) => socket.write(bytes));
      for (const kind of ['net', 'node-http'] as const) {
        const error = await captureError(client({ retry: false, transport: kind }).getRayCluster(get));
        expect(error).toMatchObject({ name: 'NetworkError', code: 'MalformedResponse', notSent: false });
      }
    },
  );

  it('refuses an oversized answer, announced or streamed, and closes the connection', async () => {
    await serve(({ socket, text }) => {
      if (text.startsWith('GET /announced')) socket.write('HTTP/1.1 200 OK\r\ncontent-length: 5000\r\n\r\n');
      else
        socket.write(
          `HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n${`400\r\n${'x'.repeat(1024)}\r\n`.repeat(2)}`,
        );
    });
    const t = transport({ maxResponseBytes: 1500 });
    await expect(send(t, '/announced')).rejects.toMatchObject({
      kind: 'network',
      cause: { message: 'the response is larger than 1500 bytes' },
    });
    await expect(send(t, '/streamed')).rejects.toMatchObject({
      cause: { message: 'the response is larger than 1500 bytes' },
    });
    await until(() => server!.open.size === 0);
  });

  it('reports a connection refused as not sent', async () => {
    const probe = await startRawServer(() => {});
    const { endpoint } = probe;
    await probe.close();
    const c = createClient({
      endpoint,
      credentials: { accessKeyId: 'ak', accessKeySecret: 'sk' },
      retry: false,
    });
    clients.push(c);
    const error = await captureError(c.createRayCluster({ workspaceId: 'w', body: {} }));
    expect(error).toMatchObject({ name: 'NetworkError', notSent: true });
    expect(error.message).toContain('ECONNREFUSED');
  });

  it('times out mid-body with RequestTimeoutError, destroying the connection', async () => {
    await serve(({ socket }) =>
      socket.write(`HTTP/1.1 200 OK\r\ncontent-length: ${cluster.length}\r\n\r\n${cluster.slice(0, 10)}`),
    );
    const started = Date.now();
    const error = await captureError(client({ retry: false }).getRayCluster(get, { timeoutMs: 100 }));
    expect(error).toMatchObject({ name: 'RequestTimeoutError', timeoutMs: 100 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(95);
    await until(() => server!.open.size === 0);
  });

  it('aborts mid-body with the reason as cause, removes its listener and destroys the connection', async () => {
    await serve(({ socket }) =>
      socket.write(`HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n5\r\n${cluster.slice(0, 5)}\r\n`),
    );
    const controller = new AbortController();
    const call = client().getRayCluster(get, { signal: controller.signal });
    await until(() => server!.requests.length === 1);
    await new Promise((r) => setTimeout(r, 20));
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(1);
    const reason = new Error('stop');
    controller.abort(reason);
    const error = await captureError(call);
    expect(error).toMatchObject({ name: 'RequestAbortedError', cause: reason });
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
    expect(server!.requests).toHaveLength(1);
    await until(() => server!.open.size === 0);
  });

  it('times out and aborts requests still waiting in the queue', async () => {
    await serve(() => {}); // never answers: the only connection stays busy
    const t = transport({ maxSockets: 1 });
    const url = new URL(`${server!.endpoint}/q`);
    const busy = t.send({ method: 'GET', url, headers: {}, timeoutMs: 300 });
    const controller = new AbortController();
    const queuedAbort = t.send({
      method: 'GET',
      url,
      headers: {},
      timeoutMs: 5000,
      signal: controller.signal,
    });
    const queuedTimeout = t.send({ method: 'GET', url, headers: {}, timeoutMs: 50 });
    controller.abort('gone');
    await expect(queuedAbort).rejects.toMatchObject({ kind: 'aborted', cause: 'gone' });
    await expect(queuedTimeout).rejects.toMatchObject({ kind: 'timeout' });
    await expect(busy).rejects.toMatchObject({ kind: 'timeout' });
    expect(server!.requests).toHaveLength(1);
    expect(server!.connections).toBe(1);
  });
});
