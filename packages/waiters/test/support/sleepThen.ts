import type { startManualFake } from './manualFake';

type ManualFake = Awaited<ReturnType<typeof startManualFake>>;

/** The manual clock's sleep, then `action` right after the waiter's `count`-th sleep: a change that lands mid-wait. */
export function sleepThen(
  { clock, sleeps }: Pick<ManualFake, 'clock' | 'sleeps'>,
  count: number,
  action: () => unknown,
): (ms: number) => Promise<void> {
  return async (ms) => {
    await clock.sleep(ms);
    if (sleeps.length === count) await action();
  };
}
