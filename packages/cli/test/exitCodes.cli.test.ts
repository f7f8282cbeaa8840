import { finished, spawnCli } from './helpers/runCli';
import { fastPolling, startTestFake, workspaceId, type TestFake } from './helpers/startTestFake';

// Transitions that never happen on their own: waits stay in Starting / Running until the test moves them.
let t: TestFake;
beforeAll(async () => {
  t = await startTestFake({ transitions: { clusterStarting: 'manual', jobRunning: 'manual' } });
});
afterAll(async () => {
  await t.close();
});
afterEach(() => t.fake.clearFaults());

describe('emr-ray exit codes (built bin against the fake server)', () => {
  it('0: a wait that meets transient errors (503) retries through them and succeeds', async () => {
    const id = t.fake.seedCluster(workspaceId, { state: 'Running' });
    t.fake.injectFault({
      operation: 'GetRayCluster',
      times: 2,
      kind: 'error',
      status: 503,
      code: 'ServiceUnavailable',
    });
    const result = await t.run(['clusters', 'wait', id, ...fastPolling]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^Cluster ${id} is Running`));
  });

  it('1: an API error prints code, message, request id and the Recommend link; JSON has them too', async () => {
    const result = await t.run(['clusters', 'get', 'ray-doesnotexist']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /^emr-ray: GetRayCluster failed \(HTTP 404\)\n {2}code: {7}RayCluster\.NotFound\n {2}message: {4}.*ray-doesnotexist.*\n {2}request id: [0-9A-F-]{36}\n {2}see: {8}https:\/\/api\.aliyun\.com\/troubleshoot\?q=RayCluster\.NotFound\S*\n$/,
    );
    const json = await t.run(['clusters', 'get', 'ray-doesnotexist', '-o', 'json']);
    expect(json.code).toBe(1);
    const requestId = t.fake.requests.at(-1)!.requestId;
    expect(JSON.parse(json.stdout)).toEqual({
      error: {
        exitCode: 1,
        code: 'RayCluster.NotFound',
        message: expect.stringContaining('ray-doesnotexist'),
        statusCode: 404,
        requestId,
        recommend: expect.stringContaining('RayCluster.NotFound'),
        operation: 'GetRayCluster',
      },
    });
  });

  it('1: a wait stopped by a non-retryable API error (403) reports that error, not a failure state', async () => {
    const id = t.fake.seedCluster(workspaceId, { state: 'Starting' });
    t.fake.injectFault({
      operation: 'GetRayCluster',
      kind: 'error',
      status: 403,
      code: 'Forbidden.RAM',
      message: 'not allowed',
    });
    const result = await t.run(['clusters', 'wait', id, ...fastPolling, '-o', 'json']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('  code:       Forbidden.RAM\n');
    const out = JSON.parse(result.stdout) as { error: Record<string, unknown> };
    expect(out.error).toMatchObject({
      exitCode: 1,
      reason: 'FAILURE',
      apiError: { code: 'Forbidden.RAM', statusCode: 403 },
    });
  });

  it('1: a wait stopped by InvalidAction.NotFound (404) is an API error, as the waiter decided, not a missing cluster', async () => {
    const id = t.fake.seedCluster(workspaceId, { state: 'Starting' });
    t.fake.injectFault({
      operation: 'GetRayCluster',
      kind: 'error',
      status: 404,
      code: 'InvalidAction.NotFound',
      message: 'the action is not supported',
    });
    const result = await t.run(['clusters', 'wait', id, ...fastPolling, '-o', 'json']);
    expect(result.stderr).toContain('the API refused the call');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('  code:       InvalidAction.NotFound\n');
    const out = JSON.parse(result.stdout) as { error: Record<string, unknown> };
    expect(out.error).toMatchObject({
      exitCode: 1,
      reason: 'FAILURE',
      apiError: { code: 'InvalidAction.NotFound', statusCode: 404 },
    });
  });

  it('1: a wrong secret is refused by the fake (SignatureDoesNotMatch) and the secret is never printed', async () => {
    const wrong = 'WrongSecretValue0123456789abc';
    const result = await t.run(['clusters', 'list'], { ALIBABA_CLOUD_ACCESS_KEY_SECRET: wrong });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('SignatureDoesNotMatch');
    expect(result.stderr + result.stdout).not.toContain(wrong);
    expect(result.stderr + result.stdout).not.toContain(t.fake.credentials.accessKeySecret);
  });

  it('1: no credentials anywhere: the credential chain says what it looked for, and nothing is sent', async () => {
    const before = t.fake.requests.length;
    const result = await t.run(['clusters', 'list'], {
      ALIBABA_CLOUD_ACCESS_KEY_ID: '',
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: '',
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^emr-ray: /);
    expect(result.stderr).toContain('ALIBABA_CLOUD_ACCESS_KEY_ID');
    expect(t.fake.requests.length).toBe(before);
  });

  it('3: a cluster that ends in Error fails the wait with its message and node reasons', async () => {
    const id = t.fake.seedCluster(workspaceId, { state: 'Starting' });
    t.fake.scriptCluster(workspaceId, id, {
      endIn: 'Error',
      message: 'Ray head node failed: OOMKilled (exit code 137)',
    });
    t.fake.advance('cluster', workspaceId, id);
    const result = await t.run(['clusters', 'wait', id, ...fastPolling, '-o', 'json']);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('OOMKilled');
    expect(JSON.parse(result.stdout)).toMatchObject({
      error: {
        exitCode: 3,
        code: 'WAITER_FAILURE',
        reason: 'FAILURE',
        lastState: 'Error',
        waiter: 'waitUntilRunning',
      },
    });
  });

  it('3: waiting for a cluster that does not exist to run', async () => {
    const result = await t.run(['clusters', 'wait', 'ray-ghost', '--until', 'running', ...fastPolling]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('ray-ghost');
  });

  it('3: a job that fails ends jobs wait with its message', async () => {
    const id = t.fake.seedJob(workspaceId, { status: 'Running' });
    t.fake.scriptJob(workspaceId, id, { endIn: 'Failed', message: 'Traceback: ZeroDivisionError' });
    t.fake.advance('job', workspaceId, id);
    const result = await t.run(['jobs', 'wait', id, ...fastPolling]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('ZeroDivisionError');
  });

  it('4: a wait that reaches --timeout', async () => {
    const id = t.fake.seedCluster(workspaceId, { state: 'Starting' });
    const result = await t.run(['clusters', 'wait', id, '--timeout', '0.3', ...fastPolling, '-o', 'json']);
    expect(result.code).toBe(4);
    expect(JSON.parse(result.stdout)).toMatchObject({
      error: { exitCode: 4, code: 'WAITER_TIMEOUT', reason: 'TIMEOUT', lastState: 'Starting' },
    });
    expect(result.stderr).toMatch(/^cluster ray-\S+: Starting \(0\.\ds, attempt 1\)\n/);
    const create = await t.run([
      'clusters',
      'create',
      '--name',
      'slow',
      '--wait',
      '--timeout',
      '0.2',
      ...fastPolling,
      '-o',
      'json',
    ]);
    expect(create).toMatchObject({ code: 4 });
    // The cluster was created before the wait timed out: the script learns its id to clean up.
    const out = JSON.parse(create.stdout) as { clusterId: string; error: { exitCode: number } };
    expect(out).toEqual({
      clusterId: expect.stringMatching(/^ray-/),
      requestId: expect.any(String),
      error: expect.objectContaining({ exitCode: 4, reason: 'TIMEOUT' }),
    });
    expect(t.fake.peekCluster(workspaceId, out.clusterId).name).toBe('slow');
  });

  describe('130: SIGINT during a wait', () => {
    async function interruptDuring(args: string[], ready: RegExp) {
      const child = spawnCli(args, t.env);
      const done = finished(child);
      let stderr = '';
      await new Promise<void>((resolve, reject) => {
        child.stderr.on('data', (chunk: Buffer) => {
          stderr += chunk.toString();
          if (ready.test(stderr)) resolve();
        });
        child.on('exit', (code) => reject(new Error(`exited (${code}) before ${ready}: ${stderr}`)));
      });
      const requestsBefore = t.fake.requests.length;
      const sentAt = Date.now();
      child.kill('SIGINT');
      const result = await done;
      return { result, exitMs: Date.now() - sentAt, after: t.fake.requests.slice(requestsBefore) };
    }

    it('clusters wait exits 130 within a second, and the cluster is left as it was', async () => {
      const id = t.fake.seedCluster(workspaceId, { state: 'Starting' });
      const { result, exitMs, after } = await interruptDuring(
        ['clusters', 'wait', id, '--min-delay', '5', '--max-delay', '5', '-o', 'json'],
        /Starting \(/,
      );
      expect(result.code).toBe(130);
      expect(exitMs).toBeLessThan(1000);
      expect(result.stderr).toContain('interrupted');
      expect(JSON.parse(result.stdout)).toMatchObject({ error: { exitCode: 130, reason: 'ABORTED' } });
      expect(after.filter((r) => r.operation !== 'GetRayCluster')).toEqual([]);
      expect(t.fake.peekCluster(workspaceId, id).state).toBe('Starting');
    });

    it('clusters create --wait exits 130; the created cluster is neither stopped nor deleted', async () => {
      const { result, exitMs, after } = await interruptDuring(
        ['clusters', 'create', '--name', 'interrupted', '--wait', '--min-delay', '5', '--max-delay', '5'],
        /Starting \(/,
      );
      expect(result.code).toBe(130);
      expect(exitMs).toBeLessThan(1000);
      const id = /Created cluster (ray-\S+);/.exec(result.stderr)![1]!;
      expect(after.filter((r) => r.operation !== 'GetRayCluster')).toEqual([]);
      expect(t.fake.peekCluster(workspaceId, id).state).toBe('Starting');
      expect(
        t.fake.requests.filter((r) => ['StopRayCluster', 'DeleteRayCluster'].includes(r.operation ?? '')),
      ).toEqual([]);
    });

    it('jobs submit --wait exits 130 and the job keeps running', async () => {
      const { result, exitMs } = await interruptDuring(
        ['jobs', 'submit', '-e', 'python long.py', '--wait', '--min-delay', '5', '--max-delay', '5'],
        /: (Submitted|Pending|Running) \(/,
      );
      expect(result.code).toBe(130);
      expect(exitMs).toBeLessThan(1000);
      const id = /Submitted job (rj-\S+);/.exec(result.stderr)![1]!;
      expect(t.fake.requests.filter((r) => r.operation === 'CancelRayJob')).toEqual([]);
      expect(t.fake.peekJob(workspaceId, id).status).not.toBe('Cancelled');
    });
  });
});
