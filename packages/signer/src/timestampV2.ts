/** `yyyy-MM-ddTHH:mm:ssZ` in UTC (the RPC `Timestamp` parameter). */
export function timestampV2(epochMs: number): string {
  return new Date(Math.floor(epochMs / 1000) * 1000).toISOString().slice(0, 19) + 'Z';
}
