import { spawn } from 'node:child_process';
import { getEventListeners } from 'node:events';
import { join } from 'node:path';
import { createClient } from '@emr-ray/client';
import { startFakeServer } from '@emr-ray/fixtures';
import { waitUntilRunning } from '../src/waitUntilRunning';

describe('one long-lived AbortSignal shared by 1,000 waits', () => {
  it('keeps no abort listener once the waits are over', async () => {
    const fake = await startFakeServer({ transitions: { clusterStarting: { afterReads: 1 } } });
    try {
      const client = createClient({ endpoint: fake.endpoint, credentials: fake.credentials, retry: false });
      const signal = new AbortController().signal;
      let attempts = 0;
      let maxListeners = 0;
      const concurrency = 25;
      for (let batch = 0; batch < 1000 / concurrency; batch++) {
        await Promise.all(
          Array.from({ length: concurrency }, async () => {
            const clusterId = fake.seedCluster('w-listeners', { state: 'Starting' });
            const result = await waitUntilRunning(
              {
                client,
                maxWaitTime: 60,
                minDelay: 0.001,
                maxDelay: 0.002,
                abortSignal: signal,
                onProgress: () => {
                  maxListeners = Math.max(maxListeners, getEventListeners(signal, 'abort').length);
                },
              },
              { workspaceId: 'w-listeners', clusterId },
            );
            attempts += result.attempts;
          }),
        );
        // between batches nothing may be left on the signal
        expect(getEventListeners(signal, 'abort')).toHaveLength(0);
      }
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
