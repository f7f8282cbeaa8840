/** Job statuses that are final and not a success. */
export const FAILED_JOB_STATUSES: ReadonlySet<string> = new Set(['Failed', 'Cancelled', 'Timeout']);
