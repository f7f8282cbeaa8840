import { inspect } from 'node:util';
import { isWaiterError } from '../src/isWaiterError';
import { WaiterError } from '../src/WaiterError';

const details = {
  waiter: 'waitUntilRunning',
  reason: 'TIMEOUT' as const,
  attempts: 3,
  elapsedMs: 1234,
  lastState: 'Starting',
  observed: { Starting: 2, '503 ServiceUnavailable': 1 },
  lastResponse: {
    clusterId: 'ray-1',
    state: 'Starting',
    submitToken: 'sekret-submit-token',
    dashboardUrl: 'https://gw.example.com/workspace/w-1/raycluster/ray-1/dashboard?token=sekret-url-token',
    instances: [{ instanceId: 'ray-1-head-abc', phase: 'Pending' }],
  },
  lastError: undefined,
};

describe('WaiterError', () => {
  it('has a literal name, a stable code and the reason', () => {
    const error = new WaiterError('Timed out.', details);
    expect(error.name).toBe('WaiterError');
    expect(error.code).toBe('WAITER_TIMEOUT');
    expect(error.reason).toBe('TIMEOUT');
    expect(new WaiterError('x', { ...details, reason: 'ABORTED' }).code).toBe('WAITER_ABORTED');
    expect(error.stack).toContain('WaiterError: Timed out.');
  });

  it('is recognised by instanceof and isWaiterError across two copies of the package', async () => {
    let Other: typeof WaiterError | undefined;
    let otherIs: typeof isWaiterError | undefined;
    await jest.isolateModulesAsync(async () => {
      ({ WaiterError: Other } = await import('../src/WaiterError'));
      ({ isWaiterError: otherIs } = await import('../src/isWaiterError'));
    });
    expect(Other).toBeDefined();
    expect(Other).not.toBe(WaiterError);
    const foreign = new Other!('from the other copy', details);
    expect(foreign instanceof WaiterError).toBe(true);
    expect(isWaiterError(foreign)).toBe(true);
    expect(otherIs!(new WaiterError('ours', details))).toBe(true);
    expect(new WaiterError('ours', details) instanceof Other!).toBe(true);
    expect(isWaiterError(new Error('plain'))).toBe(false);
    expect(isWaiterError({ name: 'WaiterError' })).toBe(false);
    expect(new Error('plain') instanceof WaiterError).toBe(false);
  });

  it('keeps lastResponse reachable but out of JSON and inspect, where tokens are redacted', () => {
    const error = new WaiterError('Timed out.', details);
    expect(error.lastResponse).toBe(details.lastResponse);
    expect(Object.keys(error)).not.toContain('lastResponse');
    const json = JSON.stringify(error);
    const shown = inspect(error, { depth: 10 });
    for (const text of [json, shown]) {
      expect(text).not.toContain('sekret');
      expect(text).toContain('[REDACTED]');
      expect(text).toContain('ray-1-head-abc');
      expect(text).toContain('503 ServiceUnavailable');
    }
    expect(JSON.parse(json)).toMatchObject({
      name: 'WaiterError',
      code: 'WAITER_TIMEOUT',
      reason: 'TIMEOUT',
      attempts: 3,
      lastResponse: {
        clusterId: 'ray-1',
        submitToken: '[REDACTED]',
        dashboardUrl: expect.stringMatching(
          /^https:\/\/gw\.example\.com\/workspace\/w-1\/raycluster\/ray-1\/dashboard\?token=\[REDACTED\]$/,
        ),
      },
    });
  });

  it('passes cause through', () => {
    const cause = new Error('the reason');
    expect(new WaiterError('x', { ...details, cause }).cause).toBe(cause);
  });
});
