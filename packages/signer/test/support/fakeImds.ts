import { sendJson, startLocalServer, type LocalServer } from './localServer';

export interface FakeImdsOptions {
  roleName?: string;
  /** IMDSv2 only: requests without a valid token get 401. */
  requireToken?: boolean;
  /** The token endpoint answers 403 (an old IMDS without v2). */
  tokenFails?: boolean;
  /** With a token, the credential paths answer 500 (so only a v1 retry succeeds). */
  failWithToken?: boolean;
}

export interface FakeImds {
  server: LocalServer;
  url: string;
  options: FakeImdsOptions;
  expiration: string;
  code: string;
  /** Credential fetches served successfully. */
  served: number;
  close(): Promise<void>;
}

const TOKEN = 'imds-token-1234567890';

/** A local ECS metadata service (the parts the RAM role provider uses). */
export async function startFakeImds(options: FakeImdsOptions): Promise<FakeImds> {
  const fake: FakeImds = {
    server: undefined as unknown as LocalServer,
    url: '',
    options,
    expiration: '2030-01-01T00:00:00Z',
    code: 'Success',
    served: 0,
    close: () => fake.server.close(),
  };
  fake.server = await startLocalServer((request, res) => {
    const { options: o } = fake;
    if (request.method === 'PUT' && request.url === '/latest/api/token') {
      if (o.tokenFails || request.headers['x-aliyun-ecs-metadata-token-ttl-seconds'] !== '21600') {
        res.writeHead(403).end();
        return;
      }
      res.writeHead(200).end(TOKEN);
      return;
    }
    const token = request.headers['x-aliyun-ecs-metadata-token'];
    if (o.requireToken && token !== TOKEN) {
      res.writeHead(401).end();
      return;
    }
    if (o.failWithToken && token !== undefined) {
      res.writeHead(500).end();
      return;
    }
    const base = '/latest/meta-data/ram/security-credentials/';
    if (request.method === 'GET' && request.url === base) {
      res.writeHead(200).end(o.roleName ? o.roleName + '\n' : '');
      return;
    }
    if (request.method === 'GET' && o.roleName && request.url === base + o.roleName) {
      fake.served += 1;
      sendJson(res, 200, {
        Code: fake.code,
        AccessKeyId: 'STS.ecs',
        AccessKeySecret: 'ecs-secret-value',
        SecurityToken: 'ecs-token-value',
        Expiration: fake.expiration,
        LastUpdated: '2025-01-01T00:00:00Z',
      });
      return;
    }
    res.writeHead(404).end();
  });
  fake.url = fake.server.url;
  return fake;
}
