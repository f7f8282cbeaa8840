let cachedSecond = Number.NaN;
let cachedText = '';

/** `yyyy-MM-ddTHH:mm:ssZ` in UTC from epoch ms, fractional seconds dropped (the format of `x-acs-date`). */
export function formatAcsDate(epochMs: number): string {
  if (!Number.isFinite(epochMs)) throw new TypeError('options.date: expected a valid Date');
  const second = Math.floor(epochMs / 1000);
  // Many requests are signed within one second; formatting a Date costs about as much as hashing a canonical request.
  if (second !== cachedSecond) {
    cachedText = new Date(second * 1000).toISOString().slice(0, 19) + 'Z';
    cachedSecond = second;
  }
  return cachedText;
}
