import { createClient, type EmrRayClient } from '@emr-ray/client';
import { startFakeServer, type FakeServer, type FakeServerOptions } from '@emr-ray/fixtures';

export const WORKSPACE = 'w-waiters0test01';

/** A fake server on its manual clock and a client for it without its own retries (the waiter sees every fault). */
export async function startManualFake(options: FakeServerOptions = {}): Promise<{
  fake: FakeServer;
  client: EmrRayClient;
  /** the waiter's clock: sleeping advances the fake's clock at once */
  clock: { sleep: (ms: number) => Promise<void>; now: () => number; random: () => number };
  /** every delay the waiter slept, in ms */
  sleeps: number[];
}> {
  const fake = await startFakeServer({ clock: 'manual', startTime: Date.UTC(2026, 0, 1), ...options });
  const client = createClient({
    endpoint: fake.endpoint,
    credentials: fake.credentials,
    retry: false,
    timeoutMs: 5_000,
  });
  const sleeps: number[] = [];
  const clock = {
    sleep: async (ms: number) => {
      sleeps.push(ms);
      fake.clock.advance(ms);
    },
    now: () => fake.clock.now(),
    random: () => 0.5,
  };
  return { fake, client, clock, sleeps };
}

/** The GetRayCluster requests the fake received. */
export function clusterReads(fake: FakeServer): number {
  return fake.requests.filter((r) => r.operation === 'GetRayCluster').length;
}
