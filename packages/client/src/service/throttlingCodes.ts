/** Error codes that mean "rate limited": the call was not executed, so it is always safe to repeat after a wait. */
export const THROTTLING_CODES: ReadonlySet<string> = new Set([
  'Throttling',
  'Throttling.User',
  'Throttling.Api',
]);
