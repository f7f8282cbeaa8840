import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeServer, type FakeServer } from '@emr-ray/fixtures';
import { runNode } from './support/runNode';

// The files npm would publish are what is tested: both packages are packed, installed offline into a scratch
// project, then imported (ESM), required (CJS) and type-checked (node16 resolution) there.
jest.setTimeout(120_000);

const repoRoot = join(__dirname, '..', '..', '..');
let scratch: string;
let project: string;
let fake: FakeServer;
let packed: string[];

function npm(args: string[], cwd: string): string {
  const result = spawnSync('npm', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, npm_config_update_notifier: 'false' },
  });
  if (result.status !== 0)
    throw new Error(`npm ${args.join(' ')} failed in ${cwd}:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'emr-ray-pack-'));
  project = join(scratch, 'project');
  mkdirSync(project);
  const listing = JSON.parse(
    npm(
      [
        'pack',
        '--json',
        '--pack-destination',
        scratch,
        join(repoRoot, 'packages/signer'),
        join(repoRoot, 'packages/client'),
      ],
      repoRoot,
    ),
  ) as { name: string; filename: string; files: { path: string }[] }[];
  packed = listing
    .find((p) => p.name === '@emr-ray/client')!
    .files.map((f) => f.path)
    .sort();
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'scratch', private: true }));
  const tarballs = readdirSync(scratch)
    .filter((f) => f.endsWith('.tgz'))
    .map((f) => join(scratch, f));
  npm(['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', ...tarballs], project);
  fake = await startFakeServer();
});
afterAll(async () => {
  await fake?.close();
  rmSync(scratch, { recursive: true, force: true });
});

const env = () => ({
  HOME: scratch,
  EMR_RAY_ENDPOINT: fake.endpoint,
  ALIBABA_CLOUD_ACCESS_KEY_ID: fake.credentials.accessKeyId,
  ALIBABA_CLOUD_ACCESS_KEY_SECRET: fake.credentials.accessKeySecret,
  ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true',
});

const script = (load: string) => `${load}
const client = createClient({ region: 'cn-hangzhou' });
const created = await client.createRayCluster({ workspaceId: 'w-pack', body: { name: 'packed' } });
const cluster = await client.getRayCluster({ workspaceId: 'w-pack', clusterId: created.clusterId });
let notFound;
try { await client.getRayJob({ workspaceId: 'w-pack', submissionId: 'rj-none' }); } catch (e) { notFound = e; }
client.destroy();
console.log(JSON.stringify({ name: cluster.name, state: cluster.state, error: notFound.name, isServiceError: isServiceError(notFound), code: notFound.code, exports: Object.keys(api).sort() }));`;

describe('the published package', () => {
  it('ships only dist/, the README, the changelog, the license and package.json', () => {
    expect(packed).toEqual([
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'dist/index.cjs',
      'dist/index.cjs.map',
      'dist/index.d.cts',
      'dist/index.d.ts',
      'dist/index.js',
      'dist/index.js.map',
      'package.json',
    ]);
  });

  it('works through import and require, with the same exports', async () => {
    const esm = await runNode(
      [
        '--input-type=module',
        '-e',
        script("import * as api from '@emr-ray/client';\nconst { createClient, isServiceError } = api;"),
      ],
      {
        cwd: project,
        env: env(),
      },
    );
    const cjs = await runNode(
      [
        '-e',
        `(async () => {${script("const api = require('@emr-ray/client');\nconst { createClient, isServiceError } = api;")}})().catch((e) => { console.error(e); process.exit(1); });`,
      ],
      {
        cwd: project,
        env: env(),
      },
    );
    expect(esm.stderr).toBe('');
    expect(cjs.stderr).toBe('');
    const fromEsm = JSON.parse(esm.stdout);
    const fromCjs = JSON.parse(cjs.stdout);
    expect(fromEsm).toMatchObject({
      name: 'packed',
      state: 'Starting',
      error: 'ServiceError',
      isServiceError: true,
      code: 'RayJob.NotFound',
    });
    expect(fromCjs).toEqual(fromEsm);
    expect(fromEsm.exports).toEqual(
      expect.arrayContaining([
        'createClient',
        'paginateListRayCluster',
        'redact',
        'RayClusterApi',
        'operations',
        'ThrottlingError',
      ]),
    );
  });

  it('an error from the CJS copy is recognised by the ESM copy (two copies in one process)', async () => {
    const run = await runNode(
      [
        '--input-type=module',
        '-e',
        `import { createRequire } from 'node:module';
import { isServiceError, ServiceError } from '@emr-ray/client';
const cjs = createRequire(import.meta.url)('@emr-ray/client');
const foreign = new cjs.ThrottlingError({ operation: 'GetRayCluster', code: 'Throttling', serviceMessage: '', statusCode: 400 });
console.log(cjs.ServiceError !== ServiceError, foreign instanceof ServiceError, isServiceError(foreign));`,
      ],
      { cwd: project, env: env() },
    );
    expect(run.stdout.trim()).toBe('true false true');
  });

  it('its type declarations resolve under node16 resolution for ESM and CJS', () => {
    writeFileSync(
      join(project, 'check.mts'),
      `import { createClient, type GetRayClusterResponse, type EmrRayClient } from '@emr-ray/client';
const client: EmrRayClient = createClient({ region: 'cn-hangzhou' });
const cluster: Promise<GetRayClusterResponse> = client.getRayCluster({ workspaceId: 'w', clusterId: 'c' });
// @ts-expect-error clusterId is required
void client.getRayCluster({ workspaceId: 'w' });
void cluster;
`,
    );
    writeFileSync(
      join(project, 'check.cts'),
      `import client = require('@emr-ray/client');
const c: client.EmrRayClient = client.createClient();
void c.listRayJob({ workspaceId: 'w' }).then((page) => page.totalCount);
`,
    );
    const tsc = spawnSync(
      process.execPath,
      [
        require.resolve('typescript/bin/tsc'),
        '--noEmit',
        '--strict',
        '--module',
        'node16',
        '--moduleResolution',
        'node16',
        '--target',
        'es2022',
        '--lib',
        'es2022,dom',
        '--types',
        'node',
        '--typeRoots',
        join(repoRoot, 'node_modules/@types'),
        'check.mts',
        'check.cts',
      ],
      { cwd: project, encoding: 'utf8' },
    );
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  });
});
