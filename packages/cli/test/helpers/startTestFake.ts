import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeServer, type FakeServer, type FakeServerOptions } from '@emr-ray/fixtures';
import { runCli, type CliRun } from './runCli';

export const workspaceId = 'w-clitest0001';

/** Fast polling for every wait the tests run: the fake's transitions are counted in reads, not time. */
export const fastPolling = ['--min-delay', '0.02', '--max-delay', '0.05'];

export interface TestFake {
  fake: FakeServer;
  /** The environment a user of the fake would set: its endpoint, its key, the workspace, a private HOME. */
  env: Record<string, string>;
  run(args: readonly string[], extraEnv?: Record<string, string>): Promise<CliRun>;
  close(): Promise<void>;
}

/**
 * A fake server whose transitional states end after one read (so `--wait` sees e.g. Starting, then Running), and
 * the environment to reach it. HOME is an empty temp folder and the ECS metadata provider is off, so the only
 * credentials are the fake's, from the environment.
 */
export async function startTestFake(options: FakeServerOptions = {}): Promise<TestFake> {
  const fake = await startFakeServer({
    transitions: {
      clusterStarting: { afterReads: 1 },
      clusterStopping: { afterReads: 1 },
      jobSubmitted: { afterReads: 1 },
      jobPending: { afterReads: 1 },
      jobRunning: { afterReads: 1 },
      jobCancelling: { afterReads: 1 },
      ...options.transitions,
    },
    ...omit(options, 'transitions'),
  });
  const home = mkdtempSync(join(tmpdir(), 'emr-ray-cli-home-'));
  const env = {
    HOME: home,
    ALIBABA_CLOUD_ACCESS_KEY_ID: fake.credentials.accessKeyId,
    ALIBABA_CLOUD_ACCESS_KEY_SECRET: fake.credentials.accessKeySecret,
    ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true',
    EMR_RAY_ENDPOINT: fake.endpoint,
    EMR_RAY_WORKSPACE_ID: workspaceId,
  };
  return {
    fake,
    env,
    run: (args, extraEnv = {}) => runCli(args, { ...env, ...extraEnv }),
    async close() {
      await fake.close();
      rmSync(home, { recursive: true, force: true });
    },
  };
}

function omit<T extends object, K extends keyof T>(value: T, key: K): Omit<T, K> {
  const { [key]: _omitted, ...rest } = value;
  return rest;
}
