import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { binPath, runCli, type CliRun } from './helpers/runCli';
import { startFakeBin, type FakeBin } from './helpers/startFakeBin';

const script = join(__dirname, '..', '..', '..', 'examples', 'deploy.sh');

// examples/deploy.sh as a user runs it: `emr-ray` on PATH, the fake server's endpoint and key in the environment.
let fake: FakeBin;
let dir: string;
let env: Record<string, string>;
beforeAll(async () => {
  fake = await startFakeBin(['--startup-seconds', '0.6', '--stop-seconds', '0.3', '--job-seconds', '0.2']);
  dir = mkdtempSync(join(tmpdir(), 'emr-ray-deploy-'));
  symlinkSync(binPath, join(dir, 'emr-ray'));
  env = {
    PATH: `${dir}:${process.env.PATH ?? ''}`,
    HOME: dir,
    ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true',
    ALIBABA_CLOUD_ACCESS_KEY_ID: fake.accessKeyId,
    ALIBABA_CLOUD_ACCESS_KEY_SECRET: fake.accessKeySecret,
    EMR_RAY_ENDPOINT: fake.endpoint,
    EMR_RAY_MIN_DELAY: '0.1',
    EMR_RAY_MAX_DELAY: '0.2',
  };
});
afterAll(async () => {
  await fake?.stop();
  rmSync(dir, { recursive: true, force: true });
});

function runScript(extraEnv: Record<string, string>): Promise<CliRun> {
  const child = spawn('bash', [script], { env: { ...env, ...extraEnv }, stdio: 'pipe' });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
}

describe('examples/deploy.sh against emr-ray-fake-server', () => {
  it('creates the cluster, runs the smoke test, and tears the cluster down (exit 0)', async () => {
    const workspace = 'w-deployok0001';
    const result = await runScript({ EMR_RAY_WORKSPACE_ID: workspace, CLUSTER_NAME: 'deploy-test' });
    expect(result).toMatchObject({ code: 0, stdout: '' });
    const id = /==> Cluster (ray-\S+) is Running\n/.exec(result.stderr)?.[1];
    expect(id).toBeDefined();
    expect(result.stderr).toMatch(/==> {3}job endpoint: {2}https:\/\/\S+\n/);
    expect(result.stderr).toMatch(/==> Smoke test rj-\S+ succeeded\n/);
    expect(result.stderr).toContain(`==> Cluster ${id} deleted\n`);
    const left = await runCli(['clusters', 'list', '-w', workspace, '-o', 'json'], env);
    expect(JSON.parse(left.stdout)).toEqual({ clusters: [] });
    const jobs = await runCli(['jobs', 'list', '-w', workspace, '-o', 'json'], env);
    expect(JSON.parse(jobs.stdout)).toMatchObject({
      jobs: [{ name: 'deploy-test-smoke', status: 'Succeeded' }],
    });
  });

  it('exits 4 when the cluster is not Running in time, and still tears it down', async () => {
    const workspace = 'w-deployslow001';
    const result = await runScript({ EMR_RAY_WORKSPACE_ID: workspace, TIMEOUT: '0.2' });
    expect(result.code).toBe(4);
    expect(result.stderr).toMatch(/==> Cluster ray-\S+ was not Running after 0\.2s\n/);
    expect(result.stderr).toMatch(/==> Cluster ray-\S+ deleted\n/);
    expect(result.stderr).not.toContain('Submitting');
    const left = await runCli(['clusters', 'list', '-w', workspace, '-o', 'json'], env);
    expect(JSON.parse(left.stdout)).toEqual({ clusters: [] });
  });
});
