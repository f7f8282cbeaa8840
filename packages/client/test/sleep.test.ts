import { sleep } from '../src/retry/sleep';

describe('sleep', () => {
  it('resolves after the delay', async () => {
    const started = Date.now();
    await sleep(20);
    expect(Date.now() - started).toBeGreaterThanOrEqual(15);
  });

  it('rejects at once with the reason of an already aborted signal', async () => {
    const reason = new Error('stop');
    await expect(sleep(10_000, AbortSignal.abort(reason))).rejects.toBe(reason);
  });

  it('is interrupted by an abort and removes its listener and timer', async () => {
    const controller = new AbortController();
    const added = jest.spyOn(controller.signal, 'addEventListener');
    const removed = jest.spyOn(controller.signal, 'removeEventListener');
    const pending = sleep(60_000, controller.signal);
    const reason = new Error('cancelled');
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
    expect(added).toHaveBeenCalledTimes(1);
    // `once: true` removed it when it fired; a finished sleep removes it by hand:
    const other = new AbortController();
    const removedOther = jest.spyOn(other.signal, 'removeEventListener');
    await sleep(1, other.signal);
    expect(removedOther).toHaveBeenCalledWith('abort', expect.any(Function));
    expect(removed).not.toHaveBeenCalled();
  });
});
