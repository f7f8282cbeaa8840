import { createWaiter } from '../src/createWaiter';
import { isWaiterError } from '../src/isWaiterError';
import type { WaiterClassification } from '../src/WaiterClassification';
import { WaiterError } from '../src/WaiterError';
import type { WaiterProgress } from '../src/WaiterProgress';
import { progressSteps } from './support/progressSteps';

/** A scripted read operation on a virtual clock: each call answers the next entry ('Done' succeeds). */
function scripted(script: Array<string | Error>, { callMs = 0 } = {}) {
  let t = 1_000_000;
  const calls: number[] = [];
  const delays: number[] = [];
  const client = {
    read: async (): Promise<{ state: string }> => {
      calls.push(t - 1_000_000);
      t += callMs;
      const next = script[Math.min(calls.length - 1, script.length - 1)];
      if (next instanceof Error) throw next;
      return { state: next };
    },
  };
  const clock = {
    now: () => t,
    sleep: async (ms: number) => {
      delays.push(ms);
      t += ms;
    },
  };
  return { client, clock, calls, delays };
}

const classify = (
  outcome: { ok: true; response: { state: string } } | { ok: false; error: unknown },
): WaiterClassification => {
  if (!outcome.ok) return { status: 'retry', state: 'Oops' };
  const { state } = outcome.response;
  if (state === 'Done') return { status: 'success', state };
  if (state === 'Broken') return { status: 'failure', state, message: 'it broke' };
  if (state.startsWith('Hint')) return { status: 'retry', state, retryAfterMs: Number(state.slice(4)) };
  return { status: 'retry', state, pollSoon: state === 'Almost' };
};

const waitUntilDone = createWaiter({
  name: 'waitUntilDone',
  resultKey: 'thing',
  operation: (client: { read: () => Promise<{ state: string }> }, _input: { id: string }) => client.read(),
  classify,
  describe: (input) => `thing ${input.id} to be Done`,
  defaults: { minDelay: 1, maxDelay: 8 },
});

describe('createWaiter: timing', () => {
  it('calls at once, then backs off exponentially with jitter between minDelay and maxDelay', async () => {
    const { client, clock, calls, delays } = scripted(['A', 'A', 'A', 'A', 'A', 'A', 'Done']);
    const result = await waitUntilDone(
      { client, maxWaitTime: 600, ...clock, random: () => 0.5 },
      { id: 't1' },
    );
    // ceilings 1, 2, 4, 8, 8, 8; delay = middle of [max(min, ceiling / 2), ceiling]
    expect(delays).toEqual([1000, 1500, 3000, 6000, 6000, 6000]);
    expect(calls[0]).toBe(0);
    expect(result).toEqual({ state: 'SUCCESS', thing: { state: 'Done' }, attempts: 7, elapsedMs: 23_500 });
  });

  it('uses the random() it is given for the jitter', async () => {
    const low = scripted(['A', 'A', 'A', 'A', 'Done']);
    await waitUntilDone({ client: low.client, maxWaitTime: 600, ...low.clock, random: () => 0 }, { id: 't' });
    expect(low.delays).toEqual([1000, 1000, 2000, 4000]);
    const high = scripted(['A', 'A', 'A', 'A', 'Done']);
    await waitUntilDone(
      { client: high.client, maxWaitTime: 600, ...high.clock, random: () => 0.75 },
      { id: 't' },
    );
    expect(high.delays).toEqual([1000, 1750, 3500, 7000]);
  });

  it('accepts fractional seconds (sub-second delays for tests)', async () => {
    const { client, clock, delays } = scripted(['A', 'A', 'A', 'Done']);
    await waitUntilDone(
      { client, maxWaitTime: 1, minDelay: 0.01, maxDelay: 0.02, ...clock, random: () => 0 },
      { id: 't' },
    );
    expect(delays).toEqual([10, 10, 10]);
  });

  it('raises the next delay to a server retry hint, even past maxDelay', async () => {
    const { client, clock, delays } = scripted(['A', 'Hint5000', 'Hint100', 'Hint30000', 'Done']);
    await waitUntilDone({ client, maxWaitTime: 600, ...clock, random: () => 0 }, { id: 't' });
    expect(delays).toEqual([1000, 5000, 2000, 30_000]);
  });

  it('sleeps exactly the time left and makes one last call at the deadline, then times out', async () => {
    const { client, clock, calls, delays } = scripted(['A']);
    const error = await waitUntilDone(
      { client, maxWaitTime: 10, ...clock, random: () => 0 },
      { id: 't' },
    ).catch((e) => e);
    // calls at 0, 1, 2, 4, 8 s; next delay 4 s > 2 s left: sleep 2 s, call at 10 s exactly, give up
    expect(delays).toEqual([1000, 1000, 2000, 4000, 2000]);
    expect(calls).toEqual([0, 1000, 2000, 4000, 8000, 10_000]);
    expect(isWaiterError(error)).toBe(true);
    expect(error).toMatchObject({
      reason: 'TIMEOUT',
      code: 'WAITER_TIMEOUT',
      attempts: 6,
      elapsedMs: 10_000,
      lastState: 'A',
      observed: { A: 6 },
    });
    expect(error.message).toBe(
      'Timed out after 10 s waiting for thing t to be Done: 6 calls, last state A (seen A 6 times).',
    );
  });

  it('succeeds when the last call at the deadline sees the goal', async () => {
    const { client, clock, calls } = scripted(['A', 'A', 'A', 'Done']);
    const result = await waitUntilDone({ client, maxWaitTime: 2.5, ...clock, random: () => 0 }, { id: 't' });
    expect(calls).toEqual([0, 1000, 2000, 2500]);
    expect(result).toMatchObject({ state: 'SUCCESS', attempts: 4, elapsedMs: 2500 });
  });

  it('also caps a retry hint at the deadline', async () => {
    const { client, clock, delays, calls } = scripted(['Hint60000']);
    await expect(
      waitUntilDone({ client, maxWaitTime: 5, ...clock, random: () => 0 }, { id: 't' }),
    ).rejects.toMatchObject({
      reason: 'TIMEOUT',
      attempts: 2,
    });
    expect(delays).toEqual([5000]);
    expect(calls).toEqual([0, 5000]);
  });

  it('does not call again when a slow call already passed the deadline', async () => {
    const { client, clock, calls } = scripted(['A'], { callMs: 4000 });
    await expect(waitUntilDone({ client, maxWaitTime: 3, ...clock }, { id: 't' })).rejects.toMatchObject({
      reason: 'TIMEOUT',
      attempts: 1,
    });
    expect(calls).toEqual([0]);
  });

  it('restarts the backoff from minDelay the first time a classifier says pollSoon, not on every call', async () => {
    const { client, clock, delays } = scripted([
      'A',
      'A',
      'A',
      'A',
      'A',
      'Almost',
      'Almost',
      'Almost',
      'Almost',
      'Done',
    ]);
    await waitUntilDone({ client, maxWaitTime: 600, ...clock, random: () => 0 }, { id: 't' });
    expect(delays).toEqual([1000, 1000, 2000, 4000, 4000, 1000, 1000, 2000, 4000]);
  });

  it('takes a custom backoff', async () => {
    const { client, clock, delays } = scripted(['A', 'A', 'A', 'Done']);
    await waitUntilDone(
      { client, maxWaitTime: 600, ...clock, backoff: (attempt, { minDelay }) => attempt * minDelay * 3 },
      { id: 't' },
    );
    expect(delays).toEqual([3000, 6000, 9000]);
  });
});

describe('createWaiter: outcomes', () => {
  it('fails at once on a failure verdict, with a sentence naming what was awaited and what was seen', async () => {
    const { client, clock, calls } = scripted(['A', 'A', 'Broken', 'Done']);
    const error = await waitUntilDone(
      { client, maxWaitTime: 600, ...clock, random: () => 0 },
      { id: 't9' },
    ).catch((e) => e);
    expect(calls).toHaveLength(3);
    expect(error).toBeInstanceOf(WaiterError);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({
      name: 'WaiterError',
      reason: 'FAILURE',
      code: 'WAITER_FAILURE',
      waiter: 'waitUntilDone',
      attempts: 3,
    });
    expect(error.observed).toEqual({ A: 2, Broken: 1 });
    expect(error.lastResponse).toEqual({ state: 'Broken' });
    expect(error.message).toBe(
      'Stopped waiting for thing t9 to be Done after 2 s and 3 calls: it broke. Seen A 2 times, Broken 1 time.',
    );
  });

  it('counts errors a classifier retries and keeps the last error', async () => {
    const boom = new Error('boom');
    const { client, clock } = scripted(['A', boom, boom]);
    const error = await waitUntilDone(
      { client, maxWaitTime: 5, ...clock, random: () => 0 },
      { id: 't' },
    ).catch((e) => e);
    expect(error.observed).toEqual({ A: 1, Oops: 4 });
    expect(error.lastError).toBe(boom);
    expect(error.lastResponse).toEqual({ state: 'A' });
  });

  it('turns a classifier that throws into a FAILURE carrying the exception', async () => {
    const bug = new TypeError('classifier bug');
    const waiter = createWaiter({
      name: 'buggy',
      operation: async () => ({}),
      classify: () => {
        throw bug;
      },
    });
    const error = await waiter({ client: {}, maxWaitTime: 1 }, {}).catch((e) => e);
    expect(error).toMatchObject({ reason: 'FAILURE', cause: bug, attempts: 1 });
    expect(error.message).toContain('the classifier threw TypeError');
  });

  it('turns a classifier that returns no verdict into a FAILURE', async () => {
    const waiter = createWaiter({
      name: 'sloppy',
      operation: async () => ({}),
      classify: () => undefined as never,
    });
    const error = await waiter({ client: {}, maxWaitTime: 1 }, {}).catch((e) => e);
    expect(error).toMatchObject({ reason: 'FAILURE', attempts: 1 });
    expect(error.cause.message).toBe('sloppy: classify returned undefined');
  });

  it('ignores a retry hint that is not a positive finite number', async () => {
    for (const hint of [NaN, -5, Infinity]) {
      const { client, clock, delays } = scripted([`Hint${hint}`, 'Done']);
      await waitUntilDone({ client, maxWaitTime: 600, ...clock, random: () => 0 }, { id: 't' });
      expect(delays).toEqual([1000]);
    }
  });

  it("puts the response under 'response' when no resultKey is given", async () => {
    const waiter = createWaiter({
      name: 'w',
      operation: async () => 42,
      classify: () => ({ status: 'success' }),
    });
    await expect(waiter({ client: {}, maxWaitTime: 1 }, {})).resolves.toMatchObject({
      state: 'SUCCESS',
      response: 42,
      attempts: 1,
    });
  });
});

describe('createWaiter: progress', () => {
  it('reports every call in order with state, previous state, response and next delay', async () => {
    const { client, clock } = scripted(['A', 'A', 'B', 'Done']);
    const events: WaiterProgress<{ state: string }>[] = [];
    await waitUntilDone(
      { client, maxWaitTime: 600, ...clock, random: () => 0, onProgress: (e) => events.push(e) },
      { id: 't' },
    );
    expect(progressSteps(events)).toEqual([
      { attempt: 1, elapsedMs: 0, state: 'A', previousState: undefined, nextDelay: 1 },
      { attempt: 2, elapsedMs: 1000, state: 'A', previousState: 'A', nextDelay: 1 },
      { attempt: 3, elapsedMs: 2000, state: 'B', previousState: 'A', nextDelay: 2 },
      { attempt: 4, elapsedMs: 4000, state: 'Done', previousState: 'B', nextDelay: undefined },
    ]);
    expect(events[2]!.response).toEqual({ state: 'B' });
  });

  it('reports the last call at the deadline with no next delay', async () => {
    const { client, clock } = scripted(['A']);
    const events: WaiterProgress<{ state: string }>[] = [];
    await waitUntilDone(
      { client, maxWaitTime: 1.5, ...clock, random: () => 0, onProgress: (e) => events.push(e) },
      { id: 't' },
    ).catch(() => undefined);
    expect(events.map((e) => [e.elapsedMs, e.nextDelay])).toEqual([
      [0, 1],
      [1000, 0.5],
      [1500, undefined],
    ]);
  });

  it('ends the wait with the exception an onProgress callback throws', async () => {
    const { client, clock, calls } = scripted(['A', 'A', 'Done']);
    const oops = new Error('progress bug');
    const onProgress = () => {
      throw oops;
    };
    await expect(waitUntilDone({ client, maxWaitTime: 60, ...clock, onProgress }, { id: 't' })).rejects.toBe(
      oops,
    );
    expect(calls).toHaveLength(1);
  });
});

describe('createWaiter: definition checks', () => {
  it('names the bad part of a definition', () => {
    expect(() =>
      createWaiter({ name: '', operation: async () => 1, classify: () => ({ status: 'success' }) }),
    ).toThrow('createWaiter: definition.name must be a non-empty string');
    expect(() =>
      createWaiter({ name: 'w', operation: 1 as never, classify: () => ({ status: 'success' }) }),
    ).toThrow('createWaiter(w): definition.operation must be a function');
    expect(() => createWaiter({ name: 'w', operation: async () => 1, classify: undefined as never })).toThrow(
      'createWaiter(w): definition.classify must be a function',
    );
    expect(() =>
      createWaiter({
        name: 'w',
        operation: async () => 1,
        classify: () => ({ status: 'success' }),
        defaults: { minDelay: -1 },
      }),
    ).toThrow('createWaiter(w): definition.defaults.minDelay must be a finite number of seconds above 0');
  });
});
