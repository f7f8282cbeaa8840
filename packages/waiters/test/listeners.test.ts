import { spawn } from 'node:child_process';
import { getEventListeners } from 'node:events';
import { join } from 'node:path';
import { createClient } from '@emr-ray/client';
import { startFakeServer } from '@emr-ray/fixtures';
import { waitsOnOneSignal } from './support/waitsOnOneSignal';

describe('one long-lived AbortSignal shared by 1,000 waits', () => {
  it('keeps no abort listener once the waits are over', async () => {
    const fake = await startFakeServer({ transitions: { clusterStarting: { afterReads: 1 } } });
    try {
      const client = createClient({ endpoint: fake.endpoint, credentials: fake.credentials, retry: false });
      const signal = new AbortController().signal;
      const concurrency = 25;
      const { attempts, maxListeners } = await waitsOnOneSignal({
        fake,
        client,
        signal,
        concurrency,
        // between batches nothing may be left on the signal
        afterBatch: () => expect(getEventListeners(signal, 'abort')).toHaveLength(0),
      });
      expect(attempts).toBe(2000);
      expect(maxListeners).toBeGreaterThan(0);
      // at most one listener per wait in flight (the client's during a call, or the sleep's)
      expect(maxListeners).toBeLessThanOrEqual(concurrency);
      expect(getEventListeners(signal, 'abort')).toHaveLength(0);
    } finally {
      await fake.close();
    }
  });

  it('lets the process exit on its own afterwards (no timer, listener or socket left)', async () => {
    const child = spawn(process.execPath, [join(__dirname, 'support', 'thousandWaits.cjs')], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    let guard: ReturnType<typeof setTimeout> | undefined;
    const exited = await Promise.race([
      new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code))),
      new Promise<'still running'>((resolve) => {
        guard = setTimeout(() => resolve('still running'), 15_000);
      }),
    ]);
    clearTimeout(guard);
    if (exited === 'still running') child.kill('SIGKILL');
    expect(stderr).toBe('');
    expect(exited).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ waits: 1000, attempts: 2000, left: 0 });
  }, 20_000);
});
