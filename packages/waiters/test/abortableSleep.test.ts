import { getEventListeners } from 'node:events';
import { abortableSleep } from '../src/abortableSleep';
import { MAX_TIMER_DELAY_MS } from '../src/MAX_TIMER_DELAY_MS';

describe('abortableSleep', () => {
  it('resolves after the delay and removes its abort listener', async () => {
    const controller = new AbortController();
    const started = performance.now();
    await abortableSleep(20, controller.signal);
    expect(performance.now() - started).toBeGreaterThanOrEqual(15);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it('rejects at once with signal.reason when already aborted', async () => {
    const reason = new Error('stop');
    await expect(abortableSleep(60_000, AbortSignal.abort(reason))).rejects.toBe(reason);
  });

  it('wakes at once when the signal aborts during the sleep, clearing its timer and listener', async () => {
    const controller = new AbortController();
    const started = performance.now();
    const sleeping = abortableSleep(60_000, controller.signal);
    setTimeout(() => controller.abort('enough'), 10);
    await expect(sleeping).rejects.toBe('enough');
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  describe('with fake timers', () => {
    beforeEach(() => jest.useFakeTimers());
    afterEach(() => jest.useRealTimers());

    it('clears its timer when aborted', async () => {
      const controller = new AbortController();
      const sleeping = abortableSleep(60_000, controller.signal);
      expect(jest.getTimerCount()).toBe(1);
      controller.abort(new Error('stop'));
      await expect(sleeping).rejects.toThrow('stop');
      expect(jest.getTimerCount()).toBe(0);
    });

    it('splits a delay of 2^31 ms or more into timers below the limit instead of firing after 1 ms', async () => {
      const spy = jest.spyOn(globalThis, 'setTimeout');
      let done = false;
      const sleeping = abortableSleep(MAX_TIMER_DELAY_MS + 1000).then(() => {
        done = true;
      });
      expect(spy.mock.calls.every(([, ms]) => (ms ?? 0) < 2 ** 31)).toBe(true);
      await jest.advanceTimersByTimeAsync(10);
      expect(done).toBe(false);
      await jest.advanceTimersByTimeAsync(MAX_TIMER_DELAY_MS);
      expect(done).toBe(false);
      await jest.advanceTimersByTimeAsync(1000);
      expect(done).toBe(true);
      await sleeping;
      expect(spy.mock.calls.map(([, ms]) => ms)).toEqual([MAX_TIMER_DELAY_MS, 1000]);
      spy.mockRestore();
      expect(jest.getTimerCount()).toBe(0);
    });
  });
});
