import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { binPath, finished, runCli } from './helpers/runCli';

// Usage paths need no server: nothing is sent. HOME points nowhere so no profile is read.
const env = { HOME: '/nonexistent', ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true' };
const run = (...args: string[]) => runCli(args, env);

describe('emr-ray usage (built bin, subprocess)', () => {
  it('--version prints the package version and exits 0', async () => {
    const { version } = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as {
      version: string;
    };
    const result = await run('--version');
    expect(result).toMatchObject({ code: 0, stdout: `${version}\n`, stderr: '' });
    expect((await run('clusters', 'get', '-V')).stdout).toBe(`${version}\n`);
  });

  it.each([['--version'], ['--help'], ['clusters', '--help']])(
    '%s loads none of the client, the waiters and yaml',
    async (...args: string[]) => {
      const preload = join(__dirname, 'helpers', 'reportLoadedModules.cjs');
      const child = spawn(process.execPath, ['-r', preload, binPath, ...args], {
        env: { PATH: process.env.PATH ?? '' },
      });
      const result = await finished(child);
      expect(result.code).toBe(0);
      const loaded = result.stderr.split('\n').filter(Boolean);
      expect(loaded.some((file) => file.endsWith('emr-ray.js'))).toBe(true);
      expect(loaded.filter((file) => /[\\/](client|waiters|signer|yaml)[\\/]dist[\\/]/.test(file))).toEqual(
        [],
      );
    },
  );

  it('the module report above does see the client when a command loads it (control)', async () => {
    const preload = join(__dirname, 'helpers', 'reportLoadedModules.cjs');
    const child = spawn(process.execPath, ['-r', preload, binPath, 'clusters', 'get'], {
      env: { PATH: process.env.PATH ?? '' },
    });
    const result = await finished(child);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/[\\/]client[\\/]dist[\\/]index\.cjs\n/);
    expect(result.stderr).not.toMatch(/[\\/]client[\\/]dist[\\/]index\.js\n/);
  });

  it('a reader that goes away (| head -1) ends nothing early and crashes nothing: the exit code stays', async () => {
    for (const [args, code] of [
      [['--help'], 0],
      [['clusters', 'get'], 2],
    ] as const) {
      const child = spawn(process.execPath, [binPath, ...args], { env: { PATH: process.env.PATH ?? '' } });
      child.stdout.destroy();
      const result = await finished(child);
      expect(result.code).toBe(code);
      expect(result.stderr).not.toContain('EPIPE');
    }
  });

  it('--help lists every command, the global options and the exit codes on stdout', async () => {
    const result = await run('--help');
    expect(result.code).toBe(0);
    for (const name of [
      'clusters list',
      'clusters get',
      'clusters create',
      'clusters update',
      'clusters start',
      'clusters stop',
      'clusters delete',
      'clusters wait',
      'jobs submit',
      'jobs list',
      'jobs get',
      'jobs cancel',
      'jobs wait',
      'jobs logs',
    ]) {
      expect(result.stdout).toContain(`  ${name} `);
    }
    for (const option of [
      '--workspace',
      '--region',
      '--endpoint',
      '--profile',
      '--output',
      '--show-secrets',
    ]) {
      expect(result.stdout).toContain(option);
    }
    expect(result.stdout).toMatch(
      /Exit codes:\n {2}0 {4}success\n {2}1 .*\n {2}2 .*usage.*\n {2}3 .*failure state.*\n {2}4 .*timeout\n {2}130 .*interrupted/,
    );
  });

  it('group and command --help print their usage', async () => {
    const group = await run('jobs', '--help');
    expect(group.code).toBe(0);
    expect(group.stdout).toMatch(/^Usage: emr-ray jobs <command>/);
    expect(group.stdout).toContain('  logs    ');
    const command = await run('clusters', 'wait', '--help');
    expect(command.code).toBe(0);
    expect(command.stdout).toMatch(/^Usage: emr-ray clusters wait <cluster-id> \[options\]/);
    expect(command.stdout).toContain('--until running|stopped|deleted');
  });

  it.each([
    [[], 'missing command', 'emr-ray: Ray clusters and jobs'],
    [['nodes', 'list'], "unknown command 'nodes'", 'Usage: emr-ray <group> <command>'],
    [['clusters'], "missing command after 'clusters'", 'Usage: emr-ray clusters <command>'],
    [['clusters', 'explode'], "unknown command 'clusters explode'", 'Usage: emr-ray clusters <command>'],
    [['clusters', 'get'], 'missing <cluster-id>', 'Usage: emr-ray clusters get <cluster-id>'],
    [['clusters', 'get', 'a', 'b'], "unexpected argument 'b'", 'Usage: emr-ray clusters get'],
    [['clusters', 'list', '--bogus'], "Unknown option '--bogus'", 'Usage: emr-ray clusters list'],
    [
      ['clusters', 'list', '--workspace'],
      "Option '-w, --workspace <value>' argument missing",
      'Usage: emr-ray clusters list',
    ],
    [
      ['clusters', 'list', '-w', 'w-1', '-o', 'yaml'],
      "--output expects 'text' or 'json', got 'yaml'",
      'Usage: emr-ray clusters list',
    ],
    [
      ['clusters', 'list'],
      'no workspace: pass --workspace <id> or set EMR_RAY_WORKSPACE_ID',
      'Usage: emr-ray clusters list',
    ],
    [
      ['clusters', 'wait', 'ray-1', '-w', 'w', '--until', 'up'],
      "--until expects one of running, stopped, deleted, got 'up'",
      'Usage: emr-ray clusters wait',
    ],
    [
      ['clusters', 'wait', 'ray-1', '-w', 'w', '--timeout', 'soon'],
      "--timeout expects a number of seconds greater than 0, got 'soon'",
      'Usage: emr-ray clusters wait',
    ],
    [
      ['clusters', 'stop', 'ray-1', '-w', 'w', '--timeout', '5'],
      '--timeout needs --wait',
      'Usage: emr-ray clusters stop',
    ],
    [
      ['clusters', 'start', 'ray-1', '-w', 'w', '--wait', '--min-delay', '5', '--max-delay', '1'],
      'the minimum delay (5) must not be greater than the maximum delay (1)',
      'Usage: emr-ray clusters start',
    ],
    [
      ['clusters', 'list', '-w', 'w', '--page-size', '500'],
      "--page-size expects an integer from 1 to 100, got '500'",
      'Usage: emr-ray clusters list',
    ],
    [
      ['clusters', 'create', '-w', 'w', '--worker-group', 'cpus=4'],
      "--worker-group: unknown key 'cpus'",
      'Usage: emr-ray clusters create',
    ],
    [['clusters', 'update', 'ray-1', '-w', 'w'], 'nothing to update', 'Usage: emr-ray clusters update'],
    [
      ['jobs', 'submit', '-w', 'w', '--name', 'x'],
      "no entrypoint: pass --entrypoint '<command>'",
      'Usage: emr-ray jobs submit',
    ],
    [
      ['jobs', 'submit', '-w', 'w', '-e', 'python x.py', '--runtime-env', '{pip'],
      '--runtime-env expects JSON',
      'Usage: emr-ray jobs submit',
    ],
    [
      ['jobs', 'submit', '-w', 'w', '-e', 'python x.py', '--tag', 'novalue'],
      "--tag expects key=value, got 'novalue'",
      'Usage: emr-ray jobs submit',
    ],
    [
      ['jobs', 'wait', 'rj-1', '-w', 'w', '--until', 'done'],
      "--until expects one of finished, running, got 'done'",
      'Usage: emr-ray jobs wait',
    ],
  ])('%j is a usage error (exit 2) printing the message and the usage', async (args, message, usage) => {
    const result = await run(...args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.startsWith(`emr-ray: ${message}`)).toBe(true);
    expect(result.stderr).toContain(usage);
  });

  it('EMR_RAY_MIN_DELAY and EMR_RAY_MAX_DELAY are checked like the flags', async () => {
    const result = await runCli(['clusters', 'wait', 'ray-1', '-w', 'w'], {
      ...env,
      EMR_RAY_MIN_DELAY: 'fast',
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^emr-ray: EMR_RAY_MIN_DELAY expects a number of seconds greater than 0, got 'fast'\n/,
    );
    const crossed = await runCli(['clusters', 'wait', 'ray-1', '-w', 'w', '--min-delay', '2'], {
      ...env,
      EMR_RAY_MAX_DELAY: '1',
    });
    expect(crossed.stderr).toMatch(
      /^emr-ray: the minimum delay \(2\) must not be greater than the maximum delay \(1\)\n/,
    );
  });

  it('a usage error with --output json prints nothing on stdout', async () => {
    const result = await run('clusters', 'get', '-o', 'json');
    expect(result).toMatchObject({ code: 2, stdout: '' });
  });
});
