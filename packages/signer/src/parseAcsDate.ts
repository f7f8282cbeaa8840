const ACS_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

/** Epoch ms of an `x-acs-date` value (`yyyy-MM-ddTHH:mm:ssZ`), or NaN when it has another shape. */
export function parseAcsDate(value: string): number {
  return ACS_DATE.test(value) ? Date.parse(value) : Number.NaN;
}
