import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fastPolling, startTestFake, workspaceId, type TestFake } from './helpers/startTestFake';

let t: TestFake;
let dir: string;
beforeAll(async () => {
  t = await startTestFake();
  dir = mkdtempSync(join(tmpdir(), 'emr-ray-cli-jobs-'));
});
afterAll(async () => {
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

const lastBody = (operation: string): unknown =>
  JSON.parse(t.fake.requests.filter((r) => r.operation === operation).at(-1)?.body ?? 'null');

describe('emr-ray jobs (built bin against the fake server)', () => {
  it('submit from flags sends the job they describe; --output json gives {submissionId, requestId}', async () => {
    const result = await t.run([
      'jobs',
      'submit',
      '--name',
      'train',
      '--entrypoint',
      'python train.py --epochs 3',
      '--working-dir',
      'oss://bucket/train.zip',
      '--runtime-env',
      '{"pip":["requests"]}',
      '--entrypoint-cpus',
      '1',
      '--shutdown-after-finish',
      '--active-deadline',
      '3600',
      '--tag',
      'team=ml',
      '--head-cpu',
      '4',
      '-o',
      'json',
    ]);
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout) as { submissionId: string };
    expect(out).toEqual({ submissionId: expect.stringMatching(/^rj-/), requestId: expect.any(String) });
    expect(lastBody('SubmitRayJob')).toEqual({
      name: 'train',
      entrypoint: 'python train.py --epochs 3',
      workingDir: 'oss://bucket/train.zip',
      runtimeEnvJson: '{"pip":["requests"]}',
      entrypointNumCpus: '1',
      shutdownAfterJobFinishes: true,
      activeDeadlineSeconds: 3600,
      tags: [{ key: 'team', value: 'ml' }],
      headSpec: { cpu: '4' },
    });
    expect(t.fake.peekJob(workspaceId, out.submissionId).name).toBe('train');
  });

  it('submit from a YAML file (runtimeEnvJson as a mapping) with --wait prints the finished job', async () => {
    const file = join(dir, 'job.yaml');
    writeFileSync(
      file,
      'name: nightly\nentrypoint: python main.py\nruntimeEnvJson:\n  env_vars:\n    MODE: nightly\nttlSecondsAfterFinished: 600\n',
    );
    const result = await t.run(['jobs', 'submit', '--file', file, '--wait', ...fastPolling]);
    expect(result.code).toBe(0);
    expect(lastBody('SubmitRayJob')).toEqual({
      name: 'nightly',
      entrypoint: 'python main.py',
      runtimeEnvJson: '{"env_vars":{"MODE":"nightly"}}',
      ttlSecondsAfterFinished: 600,
    });
    const id = /Submitted job (rj-\S+);/.exec(result.stderr)?.[1];
    expect(result.stderr).toContain(`job ${id}: Submitted (`);
    expect(result.stderr).toContain(`job ${id}: Succeeded (`);
    expect(result.stdout).toMatch(new RegExp(`^Job ${id} Succeeded \\(after \\d+\\.\\ds\\)\\.\\n`));
    expect(result.stdout).toMatch(/\nStatus +Succeeded\n/);
  });

  it('submit --wait --output json includes the job and the wait', async () => {
    const result = await t.run([
      'jobs',
      'submit',
      '-e',
      'python ok.py',
      '--wait',
      ...fastPolling,
      '-o',
      'json',
    ]);
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout) as Record<string, unknown> & { job: Record<string, unknown> };
    expect(Object.keys(out).sort()).toEqual(['job', 'requestId', 'submissionId', 'waited']);
    expect(out.job.status).toBe('Succeeded');
    expect(out.job.submissionId).toBe(out.submissionId);
    expect(out.job).not.toHaveProperty('requestId');
    expect(String(out.job.dashboardUrl)).toMatch(/token=\[REDACTED\]/);
    expect(out.waited).toEqual({ until: 'finished', attempts: 4, elapsedMs: expect.any(Number) });
  });

  it('get prints the job; --output json gives {job}', async () => {
    const id = t.fake.seedJob(workspaceId, { name: 'seeded-job', status: 'Failed', message: 'exit code 1' });
    const text = await t.run(['jobs', 'get', id]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(
      new RegExp(`^Job +${id}\\nName +seeded-job\\nStatus +Failed\\nMessage +exit code 1\\n`),
    );
    const json = await t.run(['jobs', 'get', id, '-o', 'json']);
    const out = JSON.parse(json.stdout) as { job: { submissionId: string; status: string } };
    expect(Object.keys(out)).toEqual(['job']);
    expect(out.job).toMatchObject({ submissionId: id, status: 'Failed', message: 'exit code 1' });
  });

  it('list prints a table and {jobs, totalCount}; --name filters', async () => {
    const ws = 'w-clijobs00001';
    for (let i = 0; i < 3; i++) t.fake.seedJob(ws, { name: 'alpha', status: 'Succeeded' });
    t.fake.seedJob(ws, { name: 'beta', status: 'Failed' });
    const json = await t.run(['jobs', 'list', '-w', ws, '-o', 'json']);
    const out = JSON.parse(json.stdout) as { jobs: { name: string }[]; totalCount: number };
    expect(Object.keys(out)).toEqual(['jobs', 'totalCount']);
    expect(out.jobs).toHaveLength(4);
    expect(out.totalCount).toBe(4);
    const alpha = await t.run(['jobs', 'list', '-w', ws, '--name', 'alpha', '-o', 'json']);
    expect((JSON.parse(alpha.stdout) as { jobs: { name: string }[] }).jobs.map((j) => j.name)).toEqual([
      'alpha',
      'alpha',
      'alpha',
    ]);
    const text = await t.run(['jobs', 'list', '-w', ws, '--name', 'beta']);
    expect(text.stdout).toMatch(/^JOB ID +NAME +STATUS +SUBMITTED +ENDED\nrj-\S+ +beta +Failed /);
    expect((await t.run(['jobs', 'list', '-w', 'w-clijobsnone'])).stdout).toBe('No jobs.\n');
  });

  it('cancel cancels the job; then wait sees it Cancelled (exit 3)', async () => {
    const id = t.fake.seedJob(workspaceId, { status: 'Running' });
    const cancel = await t.run(['jobs', 'cancel', id, '-o', 'json']);
    expect(cancel.code).toBe(0);
    expect(JSON.parse(cancel.stdout)).toEqual({
      submissionId: id,
      requestId: expect.any(String),
      success: true,
    });
    const wait = await t.run(['jobs', 'wait', id, ...fastPolling]);
    expect(wait.code).toBe(3);
    expect(wait.stderr).toContain('Cancelled');
    expect(t.fake.peekJob(workspaceId, id).status).toBe('Cancelled');
  });

  it('wait --until running returns once the job runs, --until finished once it succeeded', async () => {
    const id = t.fake.seedJob(workspaceId, { status: 'Pending' });
    const running = await t.run(['jobs', 'wait', id, '--until', 'running', ...fastPolling, '-o', 'json']);
    expect(running.code).toBe(0);
    expect(JSON.parse(running.stdout)).toMatchObject({
      submissionId: id,
      status: 'Running',
      waited: { until: 'running' },
    });
    const finished = await t.run(['jobs', 'wait', id, ...fastPolling]);
    expect(finished.code).toBe(0);
    expect(finished.stdout).toMatch(new RegExp(`^Job ${id} is Succeeded \\(after`));
  });

  it("logs lists the job's files; --file prints the download URL, redacted unless --show-secrets", async () => {
    const id = t.fake.seedJob(workspaceId, { status: 'Succeeded' });
    const job = t.fake.peekJob(workspaceId, id);
    const list = await t.run(['jobs', 'logs', id, '-o', 'json']);
    expect(list.code).toBe(0);
    const out = JSON.parse(list.stdout) as { bucketName: string; prefix: string; files: { path: string }[] };
    expect(out).toMatchObject({ submissionId: id, bucketName: job.logBucketName, prefix: job.logPath });
    const driver = out.files.find((f) => f.path.endsWith(`job-driver-${id}.log`));
    expect(driver).toBeDefined();
    expect(t.fake.requests.filter((r) => r.operation === 'ListRayLogs').at(-1)?.query).toMatchObject({
      bucketName: job.logBucketName,
      prefix: job.logPath,
    });

    const text = await t.run(['jobs', 'logs', id]);
    expect(text.stdout).toContain(`Log files of job ${id} under oss://${job.logBucketName}/${job.logPath}\n`);
    expect(text.stdout).toMatch(new RegExp(`\\njob-driver-${id}\\.log +\\d+ +\\d{4}-`));

    const url = await t.run(['jobs', 'logs', id, '--file', `job-driver-${id}.log`]);
    expect(url.code).toBe(0);
    expect(url.stdout).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\S+\?\S*=\[REDACTED\]\S*\n$/);
    expect(url.stdout).not.toMatch(/=(?!\[REDACTED\])[^&\s]+/);
    const secret = await t.run(['jobs', 'logs', id, '--file', driver!.path, '--show-secrets', '-o', 'json']);
    const shown = JSON.parse(secret.stdout) as { accessUrl: string; path: string };
    expect(shown.path).toBe(driver!.path);
    expect(shown.accessUrl).not.toContain('[REDACTED]');
    const download = await fetch(shown.accessUrl);
    expect(download.status).toBe(200);
    await download.text();

    const missing = await t.run(['jobs', 'logs', id, '--file', 'nope.log']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^emr-ray: GetRayLog failed \(HTTP 200\)\n {2}code: +RayLog\.NotFound\n/);
  });
});
