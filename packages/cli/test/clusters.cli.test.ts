import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fastPolling, startTestFake, workspaceId, type TestFake } from './helpers/startTestFake';

let t: TestFake;
let dir: string;
beforeAll(async () => {
  t = await startTestFake();
  dir = mkdtempSync(join(tmpdir(), 'emr-ray-cli-clusters-'));
});
afterAll(async () => {
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

const bodies = (operation: string) =>
  t.fake.requests.filter((r) => r.operation === operation).map((r) => JSON.parse(r.body || '{}') as unknown);

describe('emr-ray clusters (built bin against the fake server)', () => {
  it('create from flags sends the body they describe and prints the id; --output json gives {clusterId, requestId}', async () => {
    const result = await t.run([
      'clusters',
      'create',
      '--name',
      'flags-cluster',
      '--head-cpu',
      '2',
      '--head-memory',
      '8Gi',
      '--autoscaling',
      '--idle-timeout',
      '60',
      '--worker-group',
      'name=cpu,cpu=4,memory=16Gi,replica=2,min=1,max=4',
      '--volume',
      'vol-1',
      '-o',
      'json',
    ]);
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout) as { clusterId: string; requestId: string };
    expect(Object.keys(out).sort()).toEqual(['clusterId', 'requestId']);
    expect(out.clusterId).toMatch(/^ray-/);
    expect(bodies('CreateRayCluster').at(-1)).toEqual({
      name: 'flags-cluster',
      headSpec: { cpu: '2', memory: '8Gi', enableAutoScaling: true, idleTimeoutSeconds: 60 },
      workerSpec: [{ groupName: 'cpu', cpu: '4', memory: '16Gi', replica: 2, minReplica: 1, maxReplica: 4 }],
      volumeIds: ['vol-1'],
    });
    expect(t.fake.peekCluster(workspaceId, out.clusterId).name).toBe('flags-cluster');
    const text = await t.run(['clusters', 'create', '--name', 'x']);
    expect(text.stdout).toMatch(/^Created cluster ray-\S+\.\n$/);
  });

  it('create from a YAML file, flags overriding it', async () => {
    const file = join(dir, 'cluster.yaml');
    writeFileSync(
      file,
      [
        'name: from-file',
        'description: made by a test',
        'headSpec:',
        '  cpu: 2',
        '  memory: 8Gi',
        'workerSpec:',
        '  - groupName: g1',
        '    cpu: 4',
        '    memory: 16Gi',
        '    replica: 1',
        'extraParam:',
        '  owner: ci',
        '',
      ].join('\n'),
    );
    const result = await t.run([
      'clusters',
      'create',
      '--file',
      file,
      '--name',
      'overridden',
      '--head-memory',
      '16Gi',
    ]);
    expect(result.code).toBe(0);
    expect(bodies('CreateRayCluster').at(-1)).toEqual({
      name: 'overridden',
      description: 'made by a test',
      headSpec: { cpu: '2', memory: '16Gi' },
      workerSpec: [{ groupName: 'g1', cpu: '4', memory: '16Gi', replica: 1 }],
      extraParam: '{"owner":"ci"}',
    });
  });

  it('create from a JSON file with a bad field fails with exit 1 naming file and field, sending nothing', async () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ name: 'x', workerSpec: [{ replica: 'two' }] }));
    const before = t.fake.requests.length;
    const result = await t.run(['clusters', 'create', '-f', file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `emr-ray: ${file}: workerSpec[0].replica must be an integer, got the string "two"\n`,
    );
    expect(t.fake.requests.length).toBe(before);
  });

  it('create --wait shows progress on stderr (one line per state) and prints the running cluster, redacted', async () => {
    const result = await t.run(['clusters', 'create', '--name', 'waited', '--wait', ...fastPolling]);
    expect(result.code).toBe(0);
    const id = /Created cluster (ray-\S+);/.exec(result.stderr)?.[1];
    expect(id).toBeDefined();
    expect(result.stderr).toMatch(new RegExp(`cluster ${id}: Starting \\(\\d+\\.\\ds, attempt 1\\)\\n`));
    expect(result.stderr).toMatch(new RegExp(`cluster ${id}: Running \\(\\d+\\.\\ds, attempt 2\\)\\n`));
    expect(result.stdout).toMatch(new RegExp(`^Cluster ${id} is Running \\(after \\d+\\.\\ds\\)\\.\\n`));
    expect(result.stdout).toMatch(/\nState +Running\n/);
    expect(result.stdout).toMatch(/\nSubmit token +\[REDACTED\]\n/);
    expect(result.stdout).toMatch(/\nDashboard +https:\/\/\S+\?token=\[REDACTED\]\n/);
    const secret = t.fake.peekCluster(workspaceId, id!).submitToken!;
    expect(secret.length).toBeGreaterThan(8);
    expect(result.stdout + result.stderr).not.toContain(secret);
  });

  it('get prints the cluster; --output json gives {cluster} with secrets redacted unless --show-secrets', async () => {
    const id = t.fake.seedCluster(workspaceId, { name: 'seeded', state: 'Running' });
    const cluster = t.fake.peekCluster(workspaceId, id);
    const text = await t.run(['clusters', 'get', id]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(new RegExp(`^Cluster +${id}\\nName +seeded\\n`));
    expect(text.stdout).toContain(cluster.jobUrl!);
    expect(text.stdout).toContain(cluster.grpcEndpoint!);

    const json = await t.run(['clusters', 'get', id, '--output', 'json']);
    const out = JSON.parse(json.stdout) as { cluster: Record<string, unknown> };
    expect(Object.keys(out)).toEqual(['cluster']);
    const { requestId: _requestId, ...expected } = cluster as unknown as Record<string, unknown>;
    expect(out.cluster).toEqual({
      ...expected,
      submitToken: '[REDACTED]',
      dashboardUrl: String(cluster.dashboardUrl).replace(/token=[^&]+/, 'token=[REDACTED]'),
    });
    expect(json.stdout).not.toContain(cluster.submitToken!);

    const shown = await t.run(['clusters', 'get', id, '-o', 'json', '--show-secrets']);
    const revealed = JSON.parse(shown.stdout) as { cluster: Record<string, unknown> };
    expect(revealed.cluster.submitToken).toBe(cluster.submitToken);
    expect(revealed.cluster.dashboardUrl).toBe(cluster.dashboardUrl);
  });

  it('list prints a table and {clusters} as JSON, reading every page; --max-items stops early', async () => {
    const ws = 'w-clilist00001';
    const ids = Array.from({ length: 23 }, (_, i) =>
      t.fake.seedCluster(ws, { name: `c${i}`, state: 'Stopped' }),
    );
    const json = await t.run(['clusters', 'list', '-w', ws, '--page-size', '10', '-o', 'json']);
    expect(json.code).toBe(0);
    const out = JSON.parse(json.stdout) as { clusters: { clusterId: string; dashboardUrl?: string }[] };
    expect(Object.keys(out)).toEqual(['clusters']);
    expect(out.clusters.map((c) => c.clusterId).sort()).toEqual([...ids].sort());
    for (const c of out.clusters) if (c.dashboardUrl) expect(c.dashboardUrl).toMatch(/token=\[REDACTED\]/);
    expect(
      t.fake.requests.filter((r) => r.operation === 'ListRayCluster' && r.query.pageSize === '10').length,
    ).toBe(3);

    const text = await t.run(['clusters', 'list', '-w', ws, '--max-items', '2']);
    const lines = text.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^CLUSTER ID +NAME +STATE +RELEASE +CREATED$/);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^ray-\S+ +c\d+ +Stopped /);

    const empty = await t.run(['clusters', 'list', '-w', 'w-clilistempty']);
    expect(empty.stdout).toBe('No clusters.\n');
    expect((await t.run(['clusters', 'list', '-w', 'w-clilistempty', '-o', 'json'])).stdout).toBe(
      '{\n  "clusters": []\n}\n',
    );
  });

  it('update sends the new configuration', async () => {
    const id = t.fake.seedCluster(workspaceId, { name: 'before', state: 'Running' });
    const result = await t.run([
      'clusters',
      'update',
      id,
      '--name',
      'after',
      '--worker-group',
      'name=g,replica=3',
      '-o',
      'json',
    ]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ clusterId: id, requestId: expect.any(String) });
    expect(bodies('UpdateRayCluster').at(-1)).toEqual({
      name: 'after',
      workerSpec: [{ groupName: 'g', replica: 3 }],
    });
    expect(t.fake.peekCluster(workspaceId, id).name).toBe('after');
  });

  it('stop --wait, start --wait, delete --wait walk the lifecycle; --output json reports each wait', async () => {
    const id = t.fake.seedCluster(workspaceId, { name: 'cycle', state: 'Running' });
    const stop = await t.run(['clusters', 'stop', id, '--wait', ...fastPolling, '-o', 'json']);
    expect(stop.code).toBe(0);
    expect(JSON.parse(stop.stdout)).toEqual({
      clusterId: id,
      requestId: expect.any(String),
      state: 'Stopped',
      waited: { until: 'stopped', attempts: 2, elapsedMs: expect.any(Number) },
    });
    expect(stop.stderr).toContain(`cluster ${id}: Stopping (`);
    expect(t.fake.peekCluster(workspaceId, id).state).toBe('Stopped');

    const start = await t.run([
      'clusters',
      'start',
      id,
      '--client-token',
      'tok-1',
      '--wait',
      ...fastPolling,
      '-o',
      'json',
    ]);
    expect(start.code).toBe(0);
    const started = JSON.parse(start.stdout) as {
      cluster: { state: string; submitToken: string };
      waited: { until: string };
    };
    expect(started.cluster.state).toBe('Running');
    expect(started.cluster.submitToken).toBe('[REDACTED]');
    expect(started.waited.until).toBe('running');
    expect(bodies('StartRayCluster').at(-1)).toEqual({ clientToken: 'tok-1' });

    const instanceId = t.fake.peekCluster(workspaceId, id).instanceId!;
    const again = await t.run([
      'clusters',
      'stop',
      id,
      '--instance-id',
      instanceId,
      '--wait',
      ...fastPolling,
    ]);
    expect(again.code).toBe(0);
    expect(bodies('StopRayCluster').at(-1)).toEqual({ instanceId });
    const del = await t.run(['clusters', 'delete', id, '--wait', ...fastPolling]);
    expect(del.code).toBe(0);
    expect(del.stdout).toMatch(new RegExp(`^Cluster ${id} is deleted \\(after \\d+\\.\\ds\\)\\.\\n$`));
    expect(() => t.fake.peekCluster(workspaceId, id)).toThrow();
  });

  it('start, stop and delete without --wait return at once', async () => {
    const id = t.fake.seedCluster(workspaceId, { state: 'Running' });
    expect((await t.run(['clusters', 'stop', id])).stdout).toBe(`Stopping cluster ${id}.\n`);
    expect(t.fake.peekCluster(workspaceId, id).state).toBe('Stopping');
    t.fake.advance('cluster', workspaceId, id);
    expect((await t.run(['clusters', 'start', id])).stdout).toBe(`Starting cluster ${id}.\n`);
    expect(t.fake.peekCluster(workspaceId, id).state).toBe('Starting');
    const stopped = t.fake.seedCluster(workspaceId, { state: 'Stopped' });
    const del = await t.run(['clusters', 'delete', stopped, '-o', 'json']);
    expect(JSON.parse(del.stdout)).toEqual({ clusterId: stopped, requestId: expect.any(String) });
  });

  it('wait --until running|stopped|deleted', async () => {
    const id = t.fake.seedCluster(workspaceId, { state: 'Starting' });
    const running = await t.run(['clusters', 'wait', id, '--until', 'running', ...fastPolling, '-o', 'json']);
    expect(running.code).toBe(0);
    expect(JSON.parse(running.stdout)).toMatchObject({
      clusterId: id,
      state: 'Running',
      cluster: { clusterId: id },
    });

    const stopping = t.fake.seedCluster(workspaceId, { state: 'Stopping' });
    const stopped = await t.run(['clusters', 'wait', stopping, '--until', 'stopped', ...fastPolling]);
    expect(stopped.stdout).toMatch(new RegExp(`^Cluster ${stopping} is Stopped \\(after`));

    const gone = await t.run([
      'clusters',
      'wait',
      'ray-neverexisted',
      '--until',
      'deleted',
      ...fastPolling,
      '-o',
      'json',
    ]);
    expect(gone.code).toBe(0);
    expect(JSON.parse(gone.stdout)).toEqual({
      clusterId: 'ray-neverexisted',
      state: 'Deleted',
      waited: { until: 'deleted', attempts: 1, elapsedMs: expect.any(Number) },
    });
  });
});
