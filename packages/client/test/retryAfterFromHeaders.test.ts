import { retryAfterFromHeaders } from '../src/service/retryAfterFromHeaders';

const from = (headers: Record<string, string>) => (name: string) => headers[name];

describe('retryAfterFromHeaders', () => {
  it('reads TimeLeft of x-ratelimit-user-api', () => {
    expect(
      retryAfterFromHeaders(
        from({ 'x-ratelimit-user-api': 'Limit:10,Remain:0,TimeLeft:1234,Reset:1700000000000' }),
      ),
    ).toBe(1234);
  });
  it('takes the larger TimeLeft of the two rate-limit headers', () => {
    const headers = {
      'x-ratelimit-user-api': 'Limit:10,Remain:0,TimeLeft:200',
      'x-ratelimit-user': 'Limit:100,Remain:0,TimeLeft:900',
    };
    expect(retryAfterFromHeaders(from(headers))).toBe(900);
  });
  it('tolerates spaces and key case', () => {
    expect(retryAfterFromHeaders(from({ 'x-ratelimit-user': 'Limit: 5, timeleft: 75 ' }))).toBe(75);
  });
  it('falls back to x-acs-retry-after (ms), then Retry-After seconds or date', () => {
    expect(retryAfterFromHeaders(from({ 'x-acs-retry-after': '300' }))).toBe(300);
    expect(retryAfterFromHeaders(from({ 'retry-after': '2' }))).toBe(2000);
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(retryAfterFromHeaders(from({ 'retry-after': 'Wed, 01 Jan 2025 00:00:03 GMT' }), now)).toBe(3000);
  });
  it('ignores garbage and absent headers', () => {
    expect(retryAfterFromHeaders(from({}))).toBeUndefined();
    expect(
      retryAfterFromHeaders(from({ 'x-ratelimit-user-api': 'Limit:10,Remain:0', 'retry-after': 'soon' })),
    ).toBeUndefined();
    expect(retryAfterFromHeaders(from({ 'x-acs-retry-after': '-5' }))).toBeUndefined();
  });
});
