import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeServer, type FakeServer } from '@emr-ray/fixtures';
import { runNode } from './support/runNode';

// Every ```js block of the README runs, as published (dist/), against the fake server: EMR_RAY_ENDPOINT points the
// examples' `createClient({ region })` at it and the default credential chain finds the fake's key in the environment.
const packageRoot = join(__dirname, '..');
const readme = readFileSync(join(packageRoot, 'README.md'), 'utf8');
const examples = [...readme.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]!);

/** What each example must print, found by a line of its code. */
const expectations: [string, RegExp, RegExp?][] = [
  ['paginateListRayCluster(client', /^train Starting$/m],
  ["require('@emr-ray/client')", /^\d+ jobs$/m],
  ["clusterId: 'ray-does-not-exist'", /^404 RayCluster\.NotFound \S+$/m],
  ['AbortSignal.timeout(30_000)', /^\d+$/m],
  ['paginateListRayLogs(client', /job-driver-rj-\S+\.log \d+/],
  [
    'redact(cluster)',
    /"name": "logged"/,
    /^emr-ray GetRayCluster attempt=1 status=200 durationMs=\d+ requestId=\S+ /m,
  ],
];

let fake: FakeServer;
let home: string;
let scratch: string;

beforeAll(async () => {
  fake = await startFakeServer();
  home = mkdtempSync(join(tmpdir(), 'emr-ray-readme-home-'));
  // Inside the package, so that `@emr-ray/client` resolves to this package's dist/ as a user would get it.
  scratch = join(packageRoot, '.readme-examples');
  mkdirSync(scratch, { recursive: true });
});
afterAll(async () => {
  await fake.close();
  rmSync(home, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
});

describe('README examples', () => {
  it('has the examples this test knows', () => {
    expect(examples).toHaveLength(expectations.length);
    for (const [marker] of expectations) expect(examples.filter((e) => e.includes(marker))).toHaveLength(1);
  });

  const cases = expectations.map(([marker, output, errorOutput]) => ({ marker, output, errorOutput }));
  it.each(cases)(
    'the example with $marker runs against the fake server',
    async ({ marker, output, errorOutput }) => {
      const code = examples.find((e) => e.includes(marker))!;
      const file = join(
        scratch,
        `example-${expectations.findIndex(([m]) => m === marker)}.${code.includes('require(') ? 'cjs' : 'mjs'}`,
      );
      writeFileSync(file, code);
      fake.reset();
      const run = await runNode([file], {
        cwd: scratch,
        env: {
          HOME: home,
          EMR_RAY_ENDPOINT: fake.endpoint,
          ALIBABA_CLOUD_ACCESS_KEY_ID: fake.credentials.accessKeyId,
          ALIBABA_CLOUD_ACCESS_KEY_SECRET: fake.credentials.accessKeySecret,
          ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true',
        },
      });
      expect({ code: run.code, stderr: errorOutput ? '' : run.stderr }).toEqual({ code: 0, stderr: '' });
      expect(run.stdout).toMatch(output);
      if (errorOutput) expect(run.stderr).toMatch(errorOutput);
      expect(fake.requests.length).toBeGreaterThan(0);
      expect(fake.requests.every((r) => r.headers.authorization?.startsWith('ACS3-HMAC-SHA256 '))).toBe(true);
      expect(`${run.stdout}\n${run.stderr}`).not.toContain(fake.credentials.accessKeySecret);
    },
  );
});
