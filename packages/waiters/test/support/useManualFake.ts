import type { FakeServerOptions } from '@emr-ray/fixtures';
import { startManualFake } from './manualFake';

type ManualFake = Awaited<ReturnType<typeof startManualFake>>;

/**
 * A fake on its manual clock for every test of the calling file: started before each test, closed after it.
 * Read `fake`, `client`, `clock` and `sleeps` inside a test; `restart` swaps in a fake with other options.
 */
export function useManualFake(): Readonly<ManualFake> & {
  restart: (options: FakeServerOptions) => Promise<void>;
} {
  let current: ManualFake | undefined;
  const now = (): ManualFake => {
    if (current === undefined) throw new Error('useManualFake: read outside a test');
    return current;
  };
  beforeEach(async () => {
    current = await startManualFake();
  });
  afterEach(() => now().fake.close());
  return {
    get fake() {
      return now().fake;
    },
    get client() {
      return now().client;
    },
    get clock() {
      return now().clock;
    },
    get sleeps() {
      return now().sleeps;
    },
    restart: async (options) => {
      await now().fake.close();
      current = await startManualFake(options);
    },
  };
}
