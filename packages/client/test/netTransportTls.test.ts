import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient, isTransientError } from '../src/index';
import { createNetTransport } from '../src/transport/createNetTransport';

// A throwaway self-signed certificate for 127.0.0.1, made by openssl at test time (Node cannot issue X.509).
let key: string;
let cert: string;
let server: Server;
let origin: string;
let connections = 0;
let tcpConnections = 0;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'emr-ray-tls-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'pipe' },
    );
    key = readFileSync(join(dir, 'key.pem'), 'utf8');
    cert = readFileSync(join(dir, 'cert.pem'), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  server = createServer({ key, cert }, (req, res) => {
    req.resume();
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ path: req.url, host: req.headers.host }));
  });
  server.on('secureConnection', () => connections++);
  server.on('connection', () => tcpConnections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `https://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('net transport over TLS', () => {
  it('talks HTTPS to a server whose certificate it is given, over one kept-alive connection', async () => {
    const transport = createNetTransport({ ca: cert });
    try {
      connections = 0;
      for (let i = 0; i < 3; i++) {
        const url = new URL(`${origin}/a/${i}?q=1`);
        const response = await transport.send({
          method: 'GET',
          url,
          headers: { host: url.host },
          timeoutMs: 5000,
        });
        expect(response.status).toBe(200);
        expect(JSON.parse(response.body)).toEqual({ path: `/a/${i}?q=1`, host: url.host });
      }
      expect(connections).toBe(1);
    } finally {
      transport.close();
    }
  });

  it('refuses a certificate no trusted authority signed, before sending anything', async () => {
    const transport = createNetTransport();
    try {
      const url = new URL(`${origin}/a`);
      await expect(
        transport.send({ method: 'POST', url, headers: { host: url.host }, body: '{}', timeoutMs: 5000 }),
      ).rejects.toMatchObject({
        kind: 'network',
        notSent: true,
        cause: { code: 'DEPTH_ZERO_SELF_SIGNED_CERT' },
      });
    } finally {
      transport.close();
    }
  });

  it('a certificate failure through createClient is not retried and is not transient (waiters fail at once)', async () => {
    const client = createClient({
      endpoint: origin,
      credentials: { accessKeyId: 'id', accessKeySecret: 'secret' },
      retry: { maxAttempts: 3 },
    });
    try {
      tcpConnections = 0;
      const error = await client.getRayCluster({ workspaceId: 'w-1', clusterId: 'ray-1' }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toMatchObject({ name: 'NetworkError', code: 'CertificateError', notSent: true });
      expect(isTransientError(error)).toBe(false);
      expect(tcpConnections).toBe(1);
    } finally {
      client.destroy();
    }
  });
});
