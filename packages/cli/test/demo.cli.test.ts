import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { finished } from './helpers/runCli';

const demo = join(__dirname, '..', '..', '..', 'tools', 'demo.mjs');

describe('tools/demo.mjs (npm run demo)', () => {
  it('walks the whole lifecycle against the fake server and exits 0, printing no secret', async () => {
    const child = spawn(process.execPath, [demo], {
      env: { PATH: process.env.PATH ?? '', HOME: '/nonexistent' },
    });
    const result = await finished(child);
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    const steps = [
      '1. Create a Ray cluster',
      '2. Wait until it is Running',
      '3. Its endpoints (secrets redacted)',
      '4. The same cluster from a shell, with the emr-ray CLI',
      '5. Submit a Ray job and wait until it finishes',
      '6. Stop the cluster and wait until it is Stopped',
      '7. Delete it and wait until it is gone',
    ];
    let at = 0;
    for (const step of steps) {
      const found = result.stdout.indexOf(step, at);
      expect({ step, found: found >= 0 }).toEqual({ step, found: true });
      at = found;
    }
    expect(result.stdout).toMatch(/Starting \(check 1\)\n.*Running \(check \d+\)\n/);
    expect(result.stdout).toMatch(/submit token +\[REDACTED\]\n/);
    expect(result.stdout).toMatch(/dashboard +https:\/\/\S+\?token=\[REDACTED\]\n/);
    expect(result.stdout).toMatch(/Succeeded after \d+\.\ds/);
    expect(result.stdout).toMatch(/\nDone in \d+\.\ds: \d+ signed API calls/);
    expect(result.stdout).not.toMatch(/token=(?!\[REDACTED\])/);
  }, 60_000);
});
