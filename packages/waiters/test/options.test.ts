import { waitUntilRunning } from '../src/waitUntilRunning';
import { waitUntilJobFinished } from '../src/waitUntilJobFinished';

/** A client that records calls: option errors must be reported before anything is sent. */
function recordingClient() {
  const calls: unknown[] = [];
  return {
    calls,
    getRayCluster: async (params: unknown) => {
      calls.push(params);
      return { state: 'Running' };
    },
  };
}
const input = { workspaceId: 'w-1', clusterId: 'ray-1' };

describe('option validation', () => {
  const cases: Array<[string, Record<string, unknown>, RegExp | string]> = [
    [
      'maxWaitTime missing',
      {},
      'waitUntilRunning: options.maxWaitTime is required: the longest time to wait, in seconds',
    ],
    [
      'maxWaitTime 0',
      { maxWaitTime: 0 },
      'options.maxWaitTime must be a finite number of seconds above 0 (fractions allowed), got 0',
    ],
    [
      'maxWaitTime negative',
      { maxWaitTime: -5 },
      'options.maxWaitTime must be a finite number of seconds above 0 (fractions allowed), got -5',
    ],
    [
      'maxWaitTime Infinity',
      { maxWaitTime: Infinity },
      'options.maxWaitTime must be a finite number of seconds above 0 (fractions allowed), got Infinity',
    ],
    [
      'maxWaitTime as a string',
      { maxWaitTime: '60' },
      'options.maxWaitTime must be a finite number of seconds above 0 (fractions allowed), got the string "60"',
    ],
    [
      'minDelay NaN',
      { maxWaitTime: 60, minDelay: NaN },
      'options.minDelay must be a finite number of seconds above 0 (fractions allowed), got NaN',
    ],
    [
      'minDelay 0',
      { maxWaitTime: 60, minDelay: 0 },
      'options.minDelay must be a finite number of seconds above 0',
    ],
    [
      'maxDelay below minDelay',
      { maxWaitTime: 60, minDelay: 5, maxDelay: 1 },
      'waitUntilRunning: options.maxDelay (1) must be at least options.minDelay (5)',
    ],
    [
      'minDelay above the default maxDelay',
      { maxWaitTime: 60, minDelay: 30 },
      'options.maxDelay (22, the default) must be at least options.minDelay (30)',
    ],
    [
      'gracePeriod negative',
      { maxWaitTime: 60, gracePeriod: -1 },
      'options.gracePeriod must be a finite number of seconds, 0 or more (fractions allowed), got -1',
    ],
    [
      'abortSignal not a signal',
      { maxWaitTime: 60, abortSignal: { aborted: false } },
      'options.abortSignal must be an AbortSignal, got an object',
    ],
    [
      'onProgress not a function',
      { maxWaitTime: 60, onProgress: 'log' },
      'options.onProgress must be a function, got the string "log"',
    ],
    ['sleep not a function', { maxWaitTime: 60, sleep: 5 }, 'options.sleep must be a function, got 5'],
    ['random not a function', { maxWaitTime: 60, random: 0.5 }, 'options.random must be a function, got 0.5'],
    ['now not a function', { maxWaitTime: 60, now: null }, 'options.now must be a function, got null'],
    [
      'backoff not a function',
      { maxWaitTime: 60, backoff: [] },
      'options.backoff must be a function, got an array',
    ],
  ];

  it.each(cases)('%s: rejects naming the option, sends nothing', async (_name, options, message) => {
    const client = recordingClient();
    await expect(waitUntilRunning({ client, ...options } as never, input)).rejects.toThrow(message);
    expect(client.calls).toHaveLength(0);
  });

  it('rejects a missing options object or client', async () => {
    await expect(waitUntilRunning(undefined as never, input)).rejects.toThrow(
      'waitUntilRunning: the first argument must be an options object ({ client, maxWaitTime, ... }), got undefined',
    );
    await expect(waitUntilRunning({ maxWaitTime: 60 } as never, input)).rejects.toThrow(
      'waitUntilRunning: options.client must be a client object (e.g. from createClient()), got undefined',
    );
  });

  it('rejects a bad input naming the field, before any call', async () => {
    const client = recordingClient();
    await expect(
      waitUntilRunning({ client, maxWaitTime: 60 } as never, { workspaceId: 'w-1' } as never),
    ).rejects.toThrow('input.clusterId must be a non-empty string, got undefined');
    await expect(
      waitUntilRunning({ client, maxWaitTime: 60 } as never, { workspaceId: '', clusterId: 'c' }),
    ).rejects.toThrow('input.workspaceId must be a non-empty string, got an empty string');
    await expect(
      waitUntilJobFinished(
        { client: { getRayJob: async () => ({}) }, maxWaitTime: 60 } as never,
        { workspaceId: 'w-1' } as never,
      ),
    ).rejects.toThrow('input.submissionId must be a non-empty string');
    expect(client.calls).toHaveLength(0);
  });

  it('accepts fractional seconds and an explicit undefined for optional fields (defaults still apply)', async () => {
    const client = recordingClient();
    const result = await waitUntilRunning(
      { client, maxWaitTime: 0.5, minDelay: undefined, maxDelay: undefined, gracePeriod: undefined } as never,
      input,
    );
    expect(result).toMatchObject({ state: 'SUCCESS', attempts: 1 });
  });
});
