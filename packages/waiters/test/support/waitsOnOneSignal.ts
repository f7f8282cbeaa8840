import { getEventListeners } from 'node:events';
import type { EmrRayClient } from '@emr-ray/client';
import type { FakeServer } from '@emr-ray/fixtures';
import { waitUntilRunning } from '../../src/waitUntilRunning';

/**
 * 1,000 waitUntilRunning calls, `concurrency` at a time, all on one long-lived `signal`, each on a new Starting
 * cluster; `afterBatch` runs between batches. Returns the calls made and the most abort listeners seen at once.
 */
export async function waitsOnOneSignal({
  fake,
  client,
  signal,
  concurrency,
  afterBatch,
}: {
  fake: FakeServer;
  client: EmrRayClient;
  signal: AbortSignal;
  concurrency: number;
  afterBatch?: () => void;
}): Promise<{ attempts: number; maxListeners: number }> {
  let attempts = 0;
  let maxListeners = 0;
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
    afterBatch?.();
  }
  return { attempts, maxListeners };
}
