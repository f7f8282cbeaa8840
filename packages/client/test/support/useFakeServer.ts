import { startFakeServer, type FakeServer, type FakeServerOptions } from '@emr-ray/fixtures';
import { createClient } from '../../src/createClient';
import type { ClientOptions } from '../../src/ClientOptions';
import type { EmrRayClient } from '../../src/EmrRayClient';

export interface FakeHarness {
  /** the running fake (valid inside tests) */
  readonly fake: FakeServer;
  /** a client for the fake with fast retries (backoff 1..5 ms); destroyed after each test */
  client(options?: ClientOptions): EmrRayClient;
}

/**
 * Starts one fake server for the test file, resets it before each test and closes it (and every client made by
 * `client()`) at the end, so that no socket or timer outlives the file.
 */
export function useFakeServer(options?: FakeServerOptions): FakeHarness {
  let fake: FakeServer | undefined;
  const clients: EmrRayClient[] = [];
  beforeAll(async () => {
    fake = await startFakeServer(options);
  });
  beforeEach(() => fake!.reset());
  afterEach(() => {
    for (const c of clients.splice(0)) c.destroy();
  });
  afterAll(async () => {
    await fake?.close();
  });
  return {
    get fake() {
      return fake!;
    },
    client(overrides: ClientOptions = {}) {
      const c = createClient({
        endpoint: fake!.endpoint,
        credentials: fake!.credentials,
        retry: { baseDelayMs: 1, maxDelayMs: 5 },
        ...overrides,
      });
      clients.push(c);
      return c;
    },
  };
}
