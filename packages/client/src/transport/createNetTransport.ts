import type { Socket } from 'node:net';
import type { ConnectionOptions } from 'node:tls';
import type { Transport, TransportRequest, TransportResponse } from './Transport';
import { TransportError } from './TransportError';
import { HttpParseError } from './HttpParseError';
import { ResponseParser } from './ResponseParser';
import { encodeRequest } from './encodeRequest';
import { isNotSentError } from './isNotSentError';
import { MAX_RESPONSE_BYTES } from './maxResponseBytes';

/** Options of the default transport. */
export interface NetTransportOptions {
  /**
   * Most connections open at once per origin; further requests wait in a queue for a free one.
   * @default 16
   */
  maxSockets?: number;
  /**
   * How long an idle connection stays in the pool, in ms.
   * @default 4000 (under the 5 s keep-alive timeout of Node servers, so the client closes first)
   */
  idleTimeoutMs?: number;
  /**
   * The certificate authorities trusted for https: endpoints (PEM), replacing Node's bundled list; e.g. a test
   * server's self-signed certificate.
   * @default Node's bundled CA list
   */
  ca?: ConnectionOptions['ca'];
  /**
   * A larger response body fails the request instead of being buffered.
   * @default 33554432 (32 MiB)
   */
  maxResponseBytes?: number;
}

interface Origin {
  readonly host: string;
  readonly port: number;
  readonly tls: boolean;
  /** Idle connections, the most recently used last (LIFO keeps the warm ones warm and lets the rest expire). */
  readonly idle: Connection[];
  readonly queue: Exchange[];
  readonly connections: Set<Connection>;
  session: Buffer | undefined;
}

interface Connection {
  readonly socket: Socket;
  readonly origin: Origin;
  exchange: Exchange | undefined;
  /** It carried a complete exchange before, so the server may have closed it while it sat idle. */
  reused: boolean;
  /** TCP connected (TLS: handshake done). Before that, no byte of a request can have left. */
  connected: boolean;
  dead: boolean;
  idleAt: number;
}

/**
 * The default transport: HTTP/1.1 straight on `net` / `tls` sockets, without node:http's client machinery (which
 * costs more per request than signing does). Per origin, a pool of at most `maxSockets` keep-alive connections with a
 * FIFO queue; one request in flight per connection (no pipelining), written in one call; a strict response parser
 * (`ResponseParser`). `close()` destroys every connection; the transport stays usable.
 */
export function createNetTransport(options: NetTransportOptions = {}): Transport {
  return new NetTransport(
    options.maxSockets ?? 16,
    options.idleTimeoutMs ?? 4000,
    options.ca,
    options.maxResponseBytes ?? MAX_RESPONSE_BYTES,
  );
}

class Exchange {
  settled = false;
  connection: Connection | undefined;
  parser: ResponseParser | undefined;
  received = false;
  retried = false;
  timer: NodeJS.Timeout | undefined;

  constructor(
    readonly pool: NetTransport,
    readonly origin: Origin,
    readonly payload: string,
    readonly noBody: boolean,
    readonly signal: AbortSignal | undefined,
    private readonly resolve: (response: TransportResponse) => void,
    private readonly reject: (error: unknown) => void,
  ) {}

  /** The caller's signal fired (the exchange is its own listener: no closure per request). */
  handleEvent(): void {
    this.pool.fail(this, new TransportError('aborted', this.signal!.reason));
  }

  settle(error: unknown, response?: TransportResponse): void {
    if (this.settled) return;
    this.settled = true;
    clearTimeout(this.timer);
    this.signal?.removeEventListener('abort', this);
    if (error === undefined) this.resolve(response!);
    else this.reject(error);
  }
}

function onTimeout(exchange: Exchange): void {
  exchange.pool.fail(exchange, new TransportError('timeout', undefined));
}

function onSweep(pool: NetTransport): void {
  pool.sweep();
}

class NetTransport implements Transport {
  private readonly origins = new Map<string, Origin>();
  private sweepTimer: NodeJS.Timeout | undefined;
  private net: typeof import('node:net') | undefined;
  private tls: typeof import('node:tls') | undefined;

  constructor(
    private readonly maxSockets: number,
    private readonly idleTimeoutMs: number,
    private readonly ca: ConnectionOptions['ca'],
    private readonly maxResponseBytes: number,
  ) {}

  send(request: TransportRequest): Promise<TransportResponse> {
    const { signal } = request;
    if (signal?.aborted) return Promise.reject(new TransportError('aborted', signal.reason));
    return new Promise<TransportResponse>((resolve, reject) => {
      const exchange = new Exchange(
        this,
        this.origin(request.url),
        encodeRequest(request),
        request.method === 'HEAD',
        signal,
        resolve,
        reject,
      );
      exchange.timer = setTimeout(onTimeout, request.timeoutMs, exchange);
      signal?.addEventListener('abort', exchange, { once: true });
      this.acquire(exchange, false);
    });
  }

  close(): void {
    clearTimeout(this.sweepTimer);
    this.sweepTimer = undefined;
    const closed = new TransportError('network', new Error('the client was destroyed'));
    for (const origin of this.origins.values()) {
      for (const exchange of origin.queue.splice(0)) exchange.settle(closed);
      for (const connection of origin.connections) {
        if (connection.exchange) this.fail(connection.exchange, closed);
        else this.retire(connection, false);
      }
    }
    this.origins.clear();
  }

  /** Ends an exchange with an error; its connection (if any) is destroyed, never returned to the pool. */
  fail(exchange: Exchange, error: TransportError): void {
    if (exchange.settled) return;
    const { connection } = exchange;
    if (connection) {
      connection.exchange = undefined;
      exchange.connection = undefined;
      this.retire(connection, true);
    } else {
      const at = exchange.origin.queue.indexOf(exchange);
      if (at !== -1) exchange.origin.queue.splice(at, 1);
    }
    exchange.settle(error);
  }

  sweep(): void {
    this.sweepTimer = undefined;
    const now = Date.now();
    let next = Infinity;
    for (const [key, origin] of this.origins) {
      for (const connection of origin.idle.slice()) {
        if (now - connection.idleAt >= this.idleTimeoutMs) this.retire(connection, false);
        else next = Math.min(next, connection.idleAt + this.idleTimeoutMs);
      }
      if (origin.connections.size === 0 && origin.queue.length === 0) this.origins.delete(key);
    }
    if (next !== Infinity) this.scheduleSweep(next - now + 1);
  }

  private origin(url: URL): Origin {
    const key = url.protocol + url.host;
    let origin = this.origins.get(key);
    if (origin === undefined) {
      if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new TypeError(`unsupported protocol ${url.protocol}`);
      }
      const tls = url.protocol === 'https:';
      const { hostname } = url;
      origin = {
        // URL keeps the brackets of an IPv6 literal; net.connect wants the bare address.
        host: hostname.charCodeAt(0) === 0x5b ? hostname.slice(1, -1) : hostname,
        port: url.port === '' ? (tls ? 443 : 80) : Number(url.port),
        tls,
        idle: [],
        queue: [],
        connections: new Set(),
        session: undefined,
      };
      this.origins.set(key, origin);
    }
    return origin;
  }

  /** Gives the exchange a connection: the last idle one, else a new one within `maxSockets`, else a queue slot. */
  private acquire(exchange: Exchange, fresh: boolean): void {
    const { origin } = exchange;
    if (!fresh) {
      const now = Date.now();
      while (origin.idle.length > 0) {
        const connection = origin.idle.pop()!;
        if (now - connection.idleAt >= this.idleTimeoutMs || !connection.socket.writable) {
          this.retire(connection, false);
          continue;
        }
        connection.socket.ref();
        this.start(connection, exchange);
        return;
      }
    }
    if (origin.connections.size < this.maxSockets) this.start(this.connect(origin), exchange);
    else origin.queue.push(exchange);
  }

  private start(connection: Connection, exchange: Exchange): void {
    connection.exchange = exchange;
    exchange.connection = connection;
    exchange.parser = new ResponseParser(exchange.noBody, this.maxResponseBytes);
    exchange.received = false;
    connection.socket.write(exchange.payload);
  }

  private connect(origin: Origin): Connection {
    let socket: Socket;
    this.net ??= process.getBuiltinModule('node:net');
    if (origin.tls) {
      this.tls ??= process.getBuiltinModule('node:tls');
      socket = this.tls.connect({
        host: origin.host,
        port: origin.port,
        // SNI carries host names only (RFC 6066); an IP literal is checked against the certificate's IP entries.
        servername: this.net.isIP(origin.host) === 0 ? origin.host : undefined,
        ca: this.ca,
        session: origin.session,
      });
      socket.on('session', (session: Buffer) => (origin.session = session));
    } else {
      socket = this.net.connect({ host: origin.host, port: origin.port });
    }
    socket.setNoDelay(true);
    socket.setKeepAlive(true, 1000);
    const connection: Connection = {
      socket,
      origin,
      exchange: undefined,
      reused: false,
      connected: false,
      dead: false,
      idleAt: 0,
    };
    origin.connections.add(connection);
    socket.once(origin.tls ? 'secureConnect' : 'connect', () => (connection.connected = true));
    socket.on('data', (chunk: Buffer) => this.onData(connection, chunk));
    socket.on('end', () => this.onEnd(connection, undefined));
    socket.on('error', (error: Error) => this.onEnd(connection, error));
    socket.on('close', () => this.onEnd(connection, undefined));
    return connection;
  }

  private onData(connection: Connection, chunk: Buffer): void {
    const { exchange } = connection;
    if (exchange === undefined) {
      this.retire(connection, true); // bytes nobody asked for: the connection is out of step
      return;
    }
    exchange.received = true;
    const parser = exchange.parser!;
    try {
      parser.push(chunk);
    } catch (error) {
      this.fail(exchange, networkError(error));
      return;
    }
    if (parser.done) this.complete(connection, exchange, parser);
  }

  /** The connection ended (`error` set when it failed). */
  private onEnd(connection: Connection, error: Error | undefined): void {
    const { exchange } = connection;
    if (exchange === undefined) {
      this.retire(connection, true);
      return;
    }
    if (!exchange.received) {
      this.closedBeforeAnswer(connection, exchange, error);
      return;
    }
    const parser = exchange.parser!;
    try {
      if (error) throw error;
      parser.end();
    } catch (cause) {
      this.fail(exchange, networkError(cause));
      return;
    }
    this.complete(connection, exchange, parser);
  }

  private closedBeforeAnswer(connection: Connection, exchange: Exchange, error: Error | undefined): void {
    const code = (error as { code?: unknown } | undefined)?.code;
    // A stale keep-alive connection: the server closed it while it sat idle (its keep-alive timeout), and the close
    // crossed our request on the wire. The server shut the connection between two requests, so its application never
    // read this one, and it is safe to send again on a fresh connection whatever the method. We only take the orderly
    // close (FIN: end of stream, or EPIPE writing to it) as that sign: a reset (RST) before any answer byte is also
    // what a server does when it drops a request it has read, and goes to the caller's retry policy instead.
    if (connection.reused && !exchange.retried && (error === undefined || code === 'EPIPE')) {
      exchange.retried = true;
      connection.exchange = undefined;
      exchange.connection = undefined;
      this.retire(connection, false);
      this.acquire(exchange, true);
      return;
    }
    const cause =
      error ??
      Object.assign(new Error('the server closed the connection before answering'), { code: 'ECONNRESET' });
    this.fail(exchange, new TransportError('network', cause, !connection.connected || isNotSentError(error)));
  }

  private complete(connection: Connection, exchange: Exchange, parser: ResponseParser): void {
    connection.exchange = undefined;
    exchange.connection = undefined;
    const { headers } = parser;
    exchange.settle(undefined, {
      status: parser.status,
      header: (name) => headers[name],
      body: parser.body(),
    });
    const { socket } = connection;
    if (parser.keepAlive && socket.writable && !socket.readableEnded) this.release(connection);
    else this.retire(connection, true);
  }

  /** Hands a free connection to the next queued exchange, or parks it in the pool. */
  private release(connection: Connection): void {
    connection.reused = true;
    const next = connection.origin.queue.shift();
    if (next !== undefined) {
      this.start(connection, next);
      return;
    }
    connection.idleAt = Date.now();
    connection.origin.idle.push(connection);
    connection.socket.unref(); // an idle pool does not keep the process alive
    if (this.sweepTimer === undefined) this.scheduleSweep(this.idleTimeoutMs);
  }

  /** Destroys a connection and frees its slot; with `pump`, a queued exchange takes the slot. */
  private retire(connection: Connection, pump: boolean): void {
    if (connection.dead) return;
    connection.dead = true;
    const { origin } = connection;
    origin.connections.delete(connection);
    const at = origin.idle.indexOf(connection);
    if (at !== -1) origin.idle.splice(at, 1);
    connection.socket.destroy();
    if (pump && origin.queue.length > 0 && origin.connections.size < this.maxSockets) {
      this.start(this.connect(origin), origin.queue.shift()!);
    }
  }

  private scheduleSweep(ms: number): void {
    this.sweepTimer = setTimeout(onSweep, ms, this);
    this.sweepTimer.unref();
  }
}

function networkError(cause: unknown): TransportError {
  return new TransportError(
    'network',
    cause,
    false,
    cause instanceof HttpParseError ? cause.code : undefined,
  );
}
