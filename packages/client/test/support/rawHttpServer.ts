import { createServer, type Socket } from 'node:net';

export interface RawRequest {
  /** the socket it came on, to answer with exactly crafted bytes */
  socket: Socket;
  /** request line, headers and body as received */
  text: string;
  /** 0 for the first request on its connection */
  onConnection: number;
}

export interface RawServer {
  endpoint: string;
  /** connections accepted so far */
  connections: number;
  /** connections open now */
  readonly open: Set<Socket>;
  requests: RawRequest[];
  close(): Promise<void>;
}

/**
 * A loopback TCP server that splits the bytes it reads into HTTP requests (Content-Length bodies) and hands each to
 * `respond`, which writes whatever bytes the test needs: what a node:http server cannot be made to send.
 */
export async function startRawServer(respond: (request: RawRequest) => void): Promise<RawServer> {
  const open = new Set<Socket>();
  const state: RawServer = {
    endpoint: '',
    connections: 0,
    open,
    requests: [],
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of open) socket.destroy();
        server.close(() => resolve());
      }),
  };
  const server = createServer((socket) => {
    state.connections++;
    open.add(socket);
    socket.on('close', () => open.delete(socket));
    socket.on('error', () => {});
    let buffered = '';
    let count = 0;
    socket.on('data', (chunk) => {
      buffered += chunk.toString('latin1');
      for (;;) {
        const end = buffered.indexOf('\r\n\r\n');
        if (end === -1) return;
        const length = Number(/\r\ncontent-length: *(\d+)/i.exec(buffered.slice(0, end))?.[1] ?? 0);
        if (buffered.length < end + 4 + length) return;
        const text = buffered.slice(0, end + 4 + length);
        buffered = buffered.slice(text.length);
        const request = { socket, text, onConnection: count++ };
        state.requests.push(request);
        respond(request);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.endpoint = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  return state;
}

/** A complete response with a Content-Length body. */
export function okResponse(body: string, headers = ''): string {
  return `HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n${headers}content-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}
