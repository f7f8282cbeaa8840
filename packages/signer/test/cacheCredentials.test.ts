import { cacheCredentials } from '../src/cacheCredentials';
import type { Credentials } from '../src/Credentials';
import { RedactedCredentials } from '../src/RedactedCredentials';

const MIN = 60_000;

function scripted(now: { t: number }) {
  const calls: number[] = [];
  let next: () => Promise<Credentials> = async () => {
    throw new Error('no script');
  };
  const provider = async (): Promise<Credentials> => {
    calls.push(now.t);
    return next();
  };
  return {
    calls,
    provider,
    answer(validForMs: number | undefined, id = `AK${calls.length}`) {
      next = async () =>
        new RedactedCredentials({
          accessKeyId: id,
          accessKeySecret: 's',
          securityToken: validForMs === undefined ? undefined : 't',
          expiration: validForMs === undefined ? undefined : new Date(now.t + validForMs),
        });
    },
    fail(message = 'refresh failed') {
      next = async () => {
        throw new Error(message);
      };
    },
    hang() {
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const previous = next;
      next = async () => {
        await gate;
        return previous();
      };
      return release;
    },
  };
}

describe('cacheCredentials', () => {
  test('credentials without expiration are fetched once', async () => {
    const clock = { t: 0 };
    const s = scripted(clock);
    s.answer(undefined, 'STATIC');
    const cached = cacheCredentials(s.provider, { now: () => clock.t });
    await cached();
    clock.t += 365 * 24 * 60 * MIN;
    expect((await cached()).accessKeyId).toBe('STATIC');
    expect(s.calls).toHaveLength(1);
  });

  test('temporary credentials are served until 15 minutes before expiry, then refreshed', async () => {
    const clock = { t: 1_000_000 };
    const s = scripted(clock);
    s.answer(60 * MIN, 'FIRST');
    const cached = cacheCredentials(s.provider, { now: () => clock.t });
    expect((await cached()).accessKeyId).toBe('FIRST');
    clock.t += 44 * MIN;
    expect((await cached()).accessKeyId).toBe('FIRST');
    expect(s.calls).toHaveLength(1);
    s.answer(60 * MIN, 'SECOND');
    clock.t += 1 * MIN; // exactly 15 min before expiry
    expect((await cached()).accessKeyId).toBe('SECOND');
    expect(s.calls).toHaveLength(2);
  });

  test('staleWindowMs is configurable', async () => {
    const clock = { t: 0 };
    const s = scripted(clock);
    s.answer(10 * MIN);
    const cached = cacheCredentials(s.provider, { now: () => clock.t, staleWindowMs: 1 * MIN });
    await cached();
    clock.t += 8 * MIN;
    await cached();
    expect(s.calls).toHaveLength(1);
    clock.t += 1 * MIN;
    await cached();
    expect(s.calls).toHaveLength(2);
  });

  test('concurrent callers share one refresh', async () => {
    const clock = { t: 0 };
    const s = scripted(clock);
    s.answer(60 * MIN, 'SHARED');
    const release = s.hang();
    const cached = cacheCredentials(s.provider, { now: () => clock.t });
    const all = Promise.all(Array.from({ length: 20 }, () => cached()));
    release();
    const results = await all;
    expect(new Set(results.map((c) => c.accessKeyId))).toEqual(new Set(['SHARED']));
    expect(s.calls).toHaveLength(1);
  });

  test('a failing refresh keeps serving still-valid credentials, backs off, then retries', async () => {
    const clock = { t: 0 };
    const s = scripted(clock);
    s.answer(60 * MIN, 'OLD');
    const cached = cacheCredentials(s.provider, { now: () => clock.t });
    await cached();
    clock.t += 50 * MIN; // stale, 10 min left
    s.fail();
    expect((await cached()).accessKeyId).toBe('OLD');
    expect(s.calls).toHaveLength(2);
    expect((await cached()).accessKeyId).toBe('OLD'); // within the back-off: no new attempt
    expect(s.calls).toHaveLength(2);
    clock.t += 1 * MIN; // back-off (at most 1 s after one failure) is over
    expect((await cached()).accessKeyId).toBe('OLD');
    expect(s.calls).toHaveLength(3);
    s.answer(60 * MIN, 'NEW');
    clock.t += 1 * MIN;
    expect((await cached()).accessKeyId).toBe('NEW');
  });

  test('a failing refresh after expiry throws the provider error', async () => {
    const clock = { t: 0 };
    const s = scripted(clock);
    s.answer(20 * MIN);
    const cached = cacheCredentials(s.provider, { now: () => clock.t });
    await cached();
    clock.t += 20 * MIN;
    s.fail('service down');
    await expect(cached()).rejects.toThrow('service down');
  });

  test('a failed first fetch is retried on the next call', async () => {
    const clock = { t: 0 };
    const s = scripted(clock);
    s.fail();
    const cached = cacheCredentials(s.provider, { now: () => clock.t });
    await expect(cached()).rejects.toThrow('refresh failed');
    s.answer(60 * MIN, 'LATER');
    expect((await cached()).accessKeyId).toBe('LATER');
  });

  test('credentials that arrive already expired are an error', async () => {
    const clock = { t: 0 };
    const s = scripted(clock);
    s.answer(-1000);
    const cached = cacheCredentials(s.provider, { now: () => clock.t });
    await expect(cached()).rejects.toMatchObject({ name: 'CredentialsError', code: 'CredentialsInvalid' });
  });

  test('one caller aborting does not fail the shared refresh for the others', async () => {
    const clock = { t: 0 };
    const s = scripted(clock);
    s.answer(60 * MIN, 'OK');
    const release = s.hang();
    const cached = cacheCredentials(s.provider, { now: () => clock.t });
    const controller = new AbortController();
    const aborted = cached({ signal: controller.signal });
    const other = cached();
    const reason = new Error('caller gave up');
    controller.abort(reason);
    await expect(aborted).rejects.toBe(reason);
    release();
    expect((await other).accessKeyId).toBe('OK');
    await expect(cached({ signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
  });
});
