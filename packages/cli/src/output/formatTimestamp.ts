/** Epoch milliseconds as `2025-06-19 10:11:23Z` (UTC); `undefined` stays `undefined`. */
export function formatTimestamp(ms: number | undefined): string | undefined {
  if (ms === undefined || !Number.isFinite(ms) || ms <= 0) return undefined;
  return new Date(ms)
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, 'Z');
}
