let cachedSecond = Number.NaN;
let cachedText = '';

/**
 * `yyyy-MM-ddTHH:mm:ssZ` in UTC from epoch ms, fractional seconds dropped: the format of `x-acs-date` and of the RPC
 * `Timestamp` parameter. Epoch ms that are not a finite number throw a RangeError (callers name their parameter).
 */
export function formatAcsDate(epochMs: number): string {
  const second = Math.floor(epochMs / 1000);
  // Many requests are signed within one second; formatting a Date costs about as much as hashing a canonical request.
  if (second !== cachedSecond) {
    cachedText = new Date(second * 1000).toISOString().slice(0, 19) + 'Z';
    cachedSecond = second;
  }
  return cachedText;
}
