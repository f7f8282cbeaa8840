import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { binPath } from './helpers/runCli';
import { startTestFake, workspaceId, type TestFake } from './helpers/startTestFake';

// util-linux `script` runs the CLI on a pseudo-terminal, as in an interactive shell (Linux CI has it).
const script = '/usr/bin/script';
const onTerminal = existsSync(script) ? it : it.skip;

let t: TestFake;
beforeAll(async () => {
  t = await startTestFake({ transitions: { clusterStarting: { afterReads: 3 } } });
});
afterAll(async () => {
  await t.close();
});

const quote = (word: string) => `'${word.replace(/'/g, `'\\''`)}'`;

describe('progress of a wait on a terminal', () => {
  onTerminal(
    'is one live line rewritten in place with state, elapsed time and attempt, ended by a plain line',
    async () => {
      const id = t.fake.seedCluster(workspaceId, { state: 'Starting' });
      const command = [
        process.execPath,
        binPath,
        'clusters',
        'wait',
        id,
        '--min-delay',
        '0.2',
        '--max-delay',
        '0.3',
      ]
        .map(quote)
        .join(' ');
      const child = spawn(script, ['-qec', command, '/dev/null'], {
        env: { ...t.env, PATH: process.env.PATH ?? '', TERM: 'xterm' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect({ code, output }).toMatchObject({ code: 0 });
      const live = output.split('\r\x1b[2K').slice(1);
      expect(live.length).toBeGreaterThanOrEqual(3);
      expect(live[0]).toMatch(new RegExp(`^⠋ cluster ${id}: Starting · 0\\.\\ds · attempt 1$`));
      expect(live.some((frame) => /^. cluster \S+: Starting · \d+\.\ds · attempt [234]$/.test(frame))).toBe(
        true,
      );
      expect(live.at(-1)).toMatch(new RegExp(`^cluster ${id}: Running · \\d+\\.\\ds · attempt 4\\r?\\n`));
    },
  );
});
