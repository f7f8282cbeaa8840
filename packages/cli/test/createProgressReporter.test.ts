import { createProgressReporter } from '../src/progress/createProgressReporter';

function stream(isTTY: boolean) {
  const chunks: string[] = [];
  return { chunks, isTTY, columns: 200, write: (chunk: string) => chunks.push(chunk) };
}

describe('createProgressReporter', () => {
  it('prints one line per state change when not on a terminal', () => {
    const out = stream(false);
    const reporter = createProgressReporter(out, 'cluster ray-1');
    reporter.update({ attempt: 1, elapsedMs: 0, state: 'Starting' });
    reporter.update({ attempt: 2, elapsedMs: 3000, state: 'Starting' });
    reporter.update({ attempt: 3, elapsedMs: 9500, state: '503 ServiceUnavailable' });
    reporter.update({ attempt: 4, elapsedMs: 75_000, state: 'Running' });
    reporter.end();
    expect(out.chunks).toEqual([
      'cluster ray-1: Starting (0.0s, attempt 1)\n',
      'cluster ray-1: 503 ServiceUnavailable (9.5s, attempt 3)\n',
      'cluster ray-1: Running (1m15s, attempt 4)\n',
    ]);
  });

  it('rewrites one live line on a terminal, ticking the elapsed time, and ends it with a newline', async () => {
    const out = stream(true);
    let now = 1000;
    const reporter = createProgressReporter(out, 'job rj-1', { tickMs: 5, now: () => now });
    reporter.update({ attempt: 1, elapsedMs: 0, state: 'Pending' });
    expect(out.chunks).toEqual(['\r\x1b[2K⠋ job rj-1: Pending · 0.0s · attempt 1']);
    now = 3000;
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(out.chunks.length).toBeGreaterThan(1);
    const latest = out.chunks[out.chunks.length - 1]!;
    expect(latest.startsWith('\r\x1b[2K')).toBe(true);
    expect(latest.slice(5)).toMatch(/^. job rj-1: Pending · 2\.0s · attempt 1$/);
    reporter.update({ attempt: 2, elapsedMs: 2000, state: 'Running' });
    reporter.end();
    const count = out.chunks.length;
    expect(out.chunks[count - 1]).toBe('\r\x1b[2Kjob rj-1: Running · 2.0s · attempt 2\n');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(out.chunks.length).toBe(count);
    reporter.end();
    expect(out.chunks.length).toBe(count);
  });
});
