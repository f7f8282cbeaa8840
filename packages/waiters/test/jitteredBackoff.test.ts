import { jitteredBackoff } from '../src/jitteredBackoff';

const at = (attempt: number, random: number, minDelay = 2, maxDelay = 20) =>
  jitteredBackoff(attempt, { minDelay, maxDelay, random: () => random });

describe('jitteredBackoff', () => {
  it('starts at minDelay and doubles its ceiling each attempt up to maxDelay', () => {
    expect([1, 2, 3, 4, 5, 6, 50].map((n) => at(n, 0.999999))).toEqual([
      2,
      expect.closeTo(4, 4),
      expect.closeTo(8, 4),
      expect.closeTo(16, 4),
      expect.closeTo(20, 4),
      expect.closeTo(20, 4),
      expect.closeTo(20, 4),
    ]);
  });

  it('draws from the upper half of [minDelay, ceiling], never below minDelay', () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => at(n, 0))).toEqual([2, 2, 4, 8, 10, 10]);
    expect(at(6, 0.5)).toBe(15);
  });

  it('keeps jittering past the ceiling (AWS uses maxDelay there, so waiters poll in lockstep)', () => {
    expect(at(100, 0.1)).not.toBe(at(100, 0.9));
  });

  it('honours fractional seconds', () => {
    expect(at(1, 0.5, 0.05, 0.4)).toBe(0.05);
    expect(at(3, 0, 0.05, 0.4)).toBeCloseTo(0.1, 10);
  });
});
