import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commandTable } from '../src/commandTable';
import { exitCodes } from '../src/exitCodes';
import { globalOptions } from '../src/globalOptions';
import { binPath } from './helpers/runCli';
import { startTestFake, type TestFake } from './helpers/startTestFake';

const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');

/** The ```sh blocks marked `<!-- readme-test: run -->`, in order. */
function runnableBlocks(text: string): string[] {
  return [...text.matchAll(/<!-- readme-test: run -->\s*```sh\n([\s\S]*?)```/g)].map((match) => match[1]!);
}

describe('README', () => {
  let t: TestFake;
  let dir: string;
  beforeAll(async () => {
    t = await startTestFake();
    dir = mkdtempSync(join(tmpdir(), 'emr-ray-readme-'));
    symlinkSync(binPath, join(dir, 'emr-ray'));
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs its examples against the fake server, in order, in one shell', async () => {
    const blocks = runnableBlocks(readme);
    expect(blocks.length).toBeGreaterThanOrEqual(4);
    const script = ['set -euo pipefail', ...blocks].join('\n');
    const env = {
      ...t.env,
      PATH: `${dir}:${process.env.PATH ?? ''}`,
      EMR_RAY_WORKSPACE_ID: 'w-1234abcd',
      EMR_RAY_MIN_DELAY: '0.02',
      EMR_RAY_MAX_DELAY: '0.05',
    };
    const child = spawn('bash', ['-c', script], { cwd: dir, env, stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect({ code, stderr }).toEqual({ code: 0, stderr: expect.any(String) });
    expect(stdout).toMatch(/^Cluster +ray-\S+\nName +dev\n/m);
    expect(stdout).toMatch(/^Status +Succeeded$/m);
    expect(stdout).toContain('still running after 1 s, as expected');
    expect(stdout).toMatch(/^Cluster ray-\S+ is deleted/m);
    const clusters = t.fake.requests.filter((r) => r.operation === 'DeleteRayCluster' && r.status === 200);
    expect(clusters).toHaveLength(1);
  });

  it('documents every option of every command, and the global options', async () => {
    const missing: string[] = [];
    for (const [group, { commands }] of Object.entries(commandTable)) {
      for (const [verb, entry] of Object.entries(commands)) {
        const command = await entry.load();
        expect(command.name).toBe(`${group} ${verb}`);
        expect(command.summary).toBe(entry.summary);
        if (!readme.includes(`emr-ray ${group} ${verb}`)) missing.push(`emr-ray ${group} ${verb}`);
        for (const option of Object.keys(command.options)) {
          if (!readme.includes(`--${option}`)) missing.push(`${group} ${verb} --${option}`);
        }
      }
    }
    for (const option of Object.keys(globalOptions))
      if (!readme.includes(`--${option}`)) missing.push(`--${option}`);
    expect(missing).toEqual([]);
  });

  it('lists the exit codes as the code defines them', () => {
    for (const code of Object.values(exitCodes)) expect(readme).toMatch(new RegExp(`\\n\\| ${code} +\\| `));
  });
});
