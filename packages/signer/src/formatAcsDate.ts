let cachedSecond = Number.NaN;
let cachedText = '';

/** `yyyy-MM-ddTHH:mm:ssZ` in UTC, fractional seconds dropped (the format of `x-acs-date`). */
export function formatAcsDate(date: Date): string {
  const time = date.getTime();
  if (Number.isNaN(time)) throw new TypeError('Invalid date: expected a valid Date for x-acs-date');
  const second = Math.floor(time / 1000);
  // Signing many requests within one second is the common case; formatting a Date costs more than a whole hash.
  if (second !== cachedSecond) {
    cachedText = new Date(second * 1000).toISOString().slice(0, 19) + 'Z';
    cachedSecond = second;
  }
  return cachedText;
}
