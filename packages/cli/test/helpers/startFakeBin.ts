import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The `emr-ray-fake-server` bin of @emr-ray/fixtures, found through its package.json like npm finds it. */
export const fakeBinPath = (() => {
  const manifest = require.resolve('@emr-ray/fixtures/package.json');
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8')) as { bin: Record<string, string> };
  return join(dirname(manifest), bin['emr-ray-fake-server']!);
})();

export interface FakeBin {
  endpoint: string;
  accessKeyId: string;
  accessKeySecret: string;
  stop(): Promise<void>;
}

/** Starts the standalone fake server and reads the JSON line it prints. */
export async function startFakeBin(args: readonly string[]): Promise<FakeBin> {
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, [fakeBinPath, ...args], {
    stdio: 'pipe',
  });
  const exited = new Promise<void>((resolve) => child.on('close', () => resolve()));
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const line = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      const end = stdout.indexOf('\n');
      if (end !== -1) resolve(stdout.slice(0, end));
    });
    child.on('close', (code) => reject(new Error(`emr-ray-fake-server exited (${code}): ${stderr}`)));
  });
  const info = JSON.parse(line) as Omit<FakeBin, 'stop'>;
  return {
    ...info,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
