// The top-level README's examples, run as a reader would run them: the SDK snippet as an ES module importing the
// packages by name, and the `emr-ray` block in bash from a folder that sees this repository's node_modules.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestFake, type TestFake } from './helpers/startTestFake';

const repoRoot = join(__dirname, '..', '..', '..');
const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');

/** The first ```lang block after the given heading. */
function blockAfter(heading: string, lang: string): string {
  const at = readme.indexOf(`\n${heading}\n`);
  if (at === -1) throw new Error(`README.md has no heading ${heading}`);
  const match = new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(readme.slice(at));
  if (!match) throw new Error(`README.md has no \`\`\`${lang} block after ${heading}`);
  return match[1]!;
}

function run(
  command: string,
  args: string[],
  cwd: string,
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(command, args, { cwd, env: { PATH: process.env.PATH ?? '', ...env }, stdio: 'pipe' });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

// Real waits over real HTTP: give them room on a loaded CI machine (a jest time limit, not a timed assertion).
describe('the top-level README', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'emr-ray-root-readme-'));
    symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  describe('"Using the SDK" example', () => {
    let t: TestFake;
    beforeAll(async () => {
      t = await startTestFake();
    });
    afterAll(() => t.close());

    it('creates a cluster and waits until it is Running, against the fake server', async () => {
      writeFileSync(join(dir, 'example.mjs'), blockAfter('## Using the SDK', 'ts'));
      // EMR_RAY_ENDPOINT (set by startTestFake) takes the place of the region's endpoint.
      const result = await run('node', ['example.mjs'], dir, t.env);
      expect(result).toEqual({
        code: 0,
        stdout: expect.stringMatching(/^ray-\S+ is Running after 2 checks: ray:\/\/\S+\n$/),
        stderr: '',
      });
      const created = t.fake.requests.filter((r) => r.operation === 'CreateRayCluster' && r.status === 200);
      expect(created).toHaveLength(1);
    }, 60_000);
  });

  it('"The emr-ray command" block runs against emr-ray-fake-server and cleans up', async () => {
    // The block ends with `kill %1`; when a line fails first, the trap still stops the backgrounded fake server (it
    // would otherwise outlive the test and keep jest from exiting).
    const script = [
      'set -euo pipefail',
      "trap 'kill $(jobs -p) 2>/dev/null || true' EXIT",
      blockAfter('## The `emr-ray` command', 'sh'),
    ].join('\n');
    const home = mkdtempSync(join(tmpdir(), 'emr-ray-root-readme-home-'));
    try {
      const result = await run('bash', ['-c', script], dir, {
        HOME: home,
        ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true',
        EMR_RAY_MIN_DELAY: '0.1',
        EMR_RAY_MAX_DELAY: '0.5',
      });
      expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: expect.any(String) });
      expect(result.stdout).toMatch(/^Cluster +ray-\S+\nName +dev\nState +Running\n/m);
      expect(result.stdout).toMatch(/^Cluster ray-\S+ is Stopped/m);
      expect(result.stdout).toMatch(/^Cluster ray-\S+ is deleted/m);
      expect(result.stdout).not.toContain(
        JSON.parse(readFileSync(join(dir, 'fake.json'), 'utf8')).accessKeySecret,
      );
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  }, 60_000);
});
