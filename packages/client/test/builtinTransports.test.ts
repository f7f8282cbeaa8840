import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createClient } from '../src/createClient';
import type { EmrRayClient } from '../src/EmrRayClient';
import { captureError } from './support/captureError';

// What the fake server cannot do: a loopback server scripted per test, for the edge cases of both built-in transports.
let server: Server;
let endpoint: string;
let handler: (req: IncomingMessage, res: ServerResponse) => void;
const seen: { method: string; url: string; headers: IncomingMessage['headers'] }[] = [];
let client: EmrRayClient;

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ method: req.method!, url: req.url!, headers: req.headers });
    req.resume();
    req.on('end', () => handler(req, res));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
beforeEach(() => {
  seen.length = 0;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const cluster = JSON.stringify({ requestId: 'R', clusterId: 'ray-1', state: 'Running' });

describe.each(['net', 'node-http'] as const)('%s transport', (transport) => {
  beforeEach(() => {
    client = createClient({
      endpoint,
      credentials: { accessKeyId: 'ak', accessKeySecret: 'sk' },
      retry: { baseDelayMs: 1 },
      transport,
    });
  });
  afterEach(() => client.destroy());

  it('waits the Retry-After of a 503 before retrying a read', async () => {
    let calls = 0;
    handler = (_req, res) => {
      if (calls++ === 0) {
        res.writeHead(503, { 'retry-after': '1', 'content-type': 'application/json' });
        res.end(JSON.stringify({ Code: 'ServiceUnavailable', Message: 'busy' }));
      } else res.end(cluster);
    };
    const started = Date.now();
    await expect(client.getRayCluster({ workspaceId: 'w', clusterId: 'ray-1' })).resolves.toMatchObject({
      clusterId: 'ray-1',
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(seen).toHaveLength(2);
  });

  it('reads a chunked body sent in pieces', async () => {
    handler = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const half = Math.floor(cluster.length / 2);
      res.write(cluster.slice(0, half));
      setTimeout(() => res.end(cluster.slice(half)), 10);
    };
    await expect(client.getRayCluster({ workspaceId: 'w', clusterId: 'ray-1' })).resolves.toMatchObject({
      state: 'Running',
    });
  });

  it('reuses one keep-alive connection for sequential calls, and destroy() closes it', async () => {
    handler = (_req, res) => res.end(cluster);
    const sockets = new Set<unknown>();
    const onConnection = (socket: unknown) => sockets.add(socket);
    server.on('connection', onConnection);
    for (let i = 0; i < 5; i++) await client.getRayCluster({ workspaceId: 'w', clusterId: 'ray-1' });
    server.off('connection', onConnection);
    expect(sockets.size).toBe(1);
    expect(seen.every((r) => r.headers.connection === 'keep-alive')).toBe(true);
  });

  it('refuses an oversized answer instead of buffering it', async () => {
    handler = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      let sent = 0;
      const pump = (): void => {
        while (sent < 40 && res.write(chunk)) sent++;
        if (sent < 40) res.once('drain', pump);
        else res.end();
      };
      res.on('close', () => (sent = 40));
      pump();
    };
    const error = await captureError(client.createRayCluster({ workspaceId: 'w', body: {} }));
    expect(error).toMatchObject({ name: 'NetworkError' });
    expect(error.message).toContain('larger than 33554432 bytes');
  });

  it('reports an answer cut off before its announced length', async () => {
    handler = (req, res) => {
      res.writeHead(200, {
        'content-type': 'application/json',
        'content-length': String(cluster.length + 100),
      });
      res.write(cluster);
      setTimeout(() => req.socket.destroy(), 5);
    };
    const error = await captureError(client.submitRayJob({ workspaceId: 'w', body: {} }));
    expect(error).toMatchObject({ name: 'NetworkError', notSent: false });
    expect(seen).toHaveLength(1);
  });

  it('sends the signed headers and a JSON body with its length', async () => {
    handler = (_req, res) => res.end(JSON.stringify({ requestId: 'R', clusterId: 'ray-9' }));
    await client.createRayCluster({ workspaceId: 'w', body: { name: 'n', description: 'é' } });
    const { headers, method, url } = seen[0]!;
    expect({ method, url }).toEqual({ method: 'POST', url: '/api/v1/workspaces/w/rayCluster' });
    expect(headers['content-length']).toBe(
      String(Buffer.byteLength(JSON.stringify({ name: 'n', description: 'é' }))),
    );
    expect(headers['content-type']).toBe('application/json; charset=utf-8');
    expect(headers.authorization).toMatch(
      /^ACS3-HMAC-SHA256 Credential=ak,SignedHeaders=content-type;host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=[0-9a-f]{64}$/,
    );
    expect(headers['x-acs-action']).toBe('CreateRayCluster');
    expect(headers['user-agent']).toMatch(/^emr-ray-client\//);
  });

  it('leaves no timer behind when a header value is refused before sending (issue: node-http timeout crash)', async () => {
    // A provider's security token with a line break: the transport refuses the header before anything is sent. The
    // node-http transport used to arm its timeout first; the timer then fired after timeoutMs into a request object
    // that never existed and crashed the process with an uncaught ReferenceError.
    const c = createClient({
      endpoint,
      credentials: async () => ({
        accessKeyId: 'ak',
        accessKeySecret: 'sk',
        securityToken: 'sts-secret\nvalue',
      }),
      retry: false,
      timeoutMs: 60_000,
      transport,
    });
    const timers = (): number => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
    try {
      const before = timers();
      const error = await captureError(c.getRayCluster({ workspaceId: 'w', clusterId: 'ray-1' }));
      expect(error.name).toBe('TypeError');
      expect(error.message).not.toContain('sts-secret');
      expect(timers()).toBe(before);
      expect(seen).toHaveLength(0);
    } finally {
      c.destroy();
    }
  });

  it('reaches an IPv6 literal endpoint', async () => {
    const v6 = createServer((req, res) => {
      req.resume();
      res.end(JSON.stringify({ requestId: 'R6', clusterId: 'ray-6', host: req.headers.host }));
    });
    await new Promise<void>((resolve) => v6.listen(0, '::1', resolve));
    const { port } = v6.address() as { port: number };
    const c = createClient({
      endpoint: `http://[::1]:${port}`,
      credentials: { accessKeyId: 'ak', accessKeySecret: 'sk' },
      transport,
    });
    try {
      await expect(c.getRayCluster({ workspaceId: 'w', clusterId: 'ray-6' })).resolves.toMatchObject({
        clusterId: 'ray-6',
      });
    } finally {
      c.destroy();
      await new Promise<void>((resolve) => v6.close(() => resolve()));
    }
  });
});
