import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createClient } from '@emr-ray/client';
import { startFakeServer } from '@emr-ray/fixtures';
import { deployRayCluster, type RayEndpoints } from '../examples/deploy';
import { waitUntilWorkspaceEmpty } from '../examples/waitUntilWorkspaceEmpty';
import { isWaiterError } from '../src/isWaiterError';

const root = join(__dirname, '..');
const WORKSPACE = 'w-readme0example';

describe('README examples', () => {
  it.each(readdirSync(join(root, 'examples')))(
    'README.md shows examples/%s verbatim in a ts block',
    (file) => {
      const readme = readFileSync(join(root, 'README.md'), 'utf8');
      const source = readFileSync(join(root, 'examples', file), 'utf8');
      expect(readme).toContain('```ts\n' + source + '```\n');
    },
  );

  describe('the deploy script, against the fake server', () => {
    let logs: string[];
    beforeEach(() => {
      logs = [];
      jest.spyOn(console, 'log').mockImplementation((...args) => void logs.push(args.join(' ')));
      jest.spyOn(console, 'error').mockImplementation((...args) => void logs.push(args.join(' ')));
    });
    afterEach(() => jest.restoreAllMocks());

    it('creates, waits, hands over the endpoints, stops and waits', async () => {
      // transitions at once: the example keeps the default 3 s first delay, and a test must not sleep
      const fake = await startFakeServer({
        transitions: { clusterStarting: { afterMs: 0 }, clusterStopping: { afterMs: 0 } },
      });
      try {
        const client = createClient({ endpoint: fake.endpoint, credentials: fake.credentials });
        let endpoints: RayEndpoints | undefined;
        let stateDuringWork: string | undefined;
        await deployRayCluster(
          WORKSPACE,
          async (given) => {
            endpoints = given;
            stateDuringWork = fake.peekCluster(WORKSPACE, given.clusterId).state;
          },
          client,
        );
        expect(stateDuringWork).toBe('Running');
        expect(endpoints).toMatchObject({
          grpcEndpoint: expect.stringMatching(/^ray:\/\//),
          jobUrl: expect.stringMatching(/^https?:\/\//),
        });
        expect(endpoints!.submitToken).toEqual(expect.any(String));
        expect(fake.peekCluster(WORKSPACE, endpoints!.clusterId).state).toBe('Stopped');
        expect(fake.requests.map((r) => r.operation)).toEqual([
          'CreateRayCluster',
          'GetRayCluster',
          'StopRayCluster',
          'GetRayCluster',
        ]);
        expect(logs).toEqual([
          `check 1: ${endpoints!.clusterId} is Running`,
          `${endpoints!.clusterId} is Running after 1 checks in 0 s`,
          `${endpoints!.clusterId} is Stopped`,
        ]);
        expect(logs.join('\n')).not.toContain(endpoints!.submitToken!);
      } finally {
        await fake.close();
      }
    });

    it('reports a failed start in one sentence and still stops the cluster', async () => {
      const fake = await startFakeServer({
        transitions: { clusterStarting: { afterMs: 0 }, clusterStopping: { afterMs: 0 } },
      });
      try {
        const client = createClient({ endpoint: fake.endpoint, credentials: fake.credentials });
        // every new cluster crashes at the end of its start
        const create = client.createRayCluster.bind(client);
        client.createRayCluster = async (params, options) => {
          const created = await create(params, options);
          fake.scriptCluster(WORKSPACE, created.clusterId!, { endIn: 'Error' });
          return created;
        };
        const work = jest.fn(async () => undefined);
        const error = await deployRayCluster(WORKSPACE, work, client).catch((e) => e);
        expect(isWaiterError(error)).toBe(true);
        expect(work).not.toHaveBeenCalled();
        const clusterId = fake.requests
          .find((r) => r.operation === 'GetRayCluster')!
          .path.split('/')
          .pop()!;
        expect(logs).toContain(error.message);
        expect(error.message).toContain(
          'the cluster is in state Error: Ray head node failed: OOMKilled (exit code 137); head ',
        );
        expect(fake.peekCluster(WORKSPACE, clusterId).state).toBe('Stopped');
      } finally {
        await fake.close();
      }
    });
  });

  it('the custom waiter (createWaiter) waits until the workspace is empty', async () => {
    const fake = await startFakeServer({ clock: 'manual' });
    try {
      const client = createClient({ endpoint: fake.endpoint, credentials: fake.credentials, retry: false });
      const a = fake.seedCluster(WORKSPACE, { state: 'Stopped' });
      const b = fake.seedCluster(WORKSPACE, { state: 'Stopped' });
      const seen: string[] = [];
      let slept = 0;
      const result = await waitUntilWorkspaceEmpty(
        {
          client,
          maxWaitTime: 60,
          now: () => fake.clock.now(),
          sleep: async (ms) => {
            fake.clock.advance(ms);
            slept += 1;
            await client.deleteRayCluster({ workspaceId: WORKSPACE, clusterId: slept === 1 ? a : b });
          },
          onProgress: (e) => seen.push(e.state),
        },
        { workspaceId: WORKSPACE },
      );
      expect(seen).toEqual(['2 clusters', '1 cluster', 'empty']);
      expect(result).toMatchObject({ state: 'SUCCESS', attempts: 3, list: { rayClusters: [] } });
    } finally {
      await fake.close();
    }
  });
});
