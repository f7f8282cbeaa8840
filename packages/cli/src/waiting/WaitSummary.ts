/** How a wait went, as `--output json` prints it under `waited`. */
export interface WaitSummary {
  /** The goal, e.g. `running`. */
  until: string;
  /** Calls made. */
  attempts: number;
  elapsedMs: number;
}
