/** The exit codes of `emr-ray`, stable across versions: deploy scripts branch on them. */
export const exitCodes = {
  /** The command did what was asked. */
  success: 0,
  /** The API answered with an error, or something else went wrong (network, credentials, a file). */
  error: 1,
  /** The command line was wrong: unknown command or option, missing or bad value. */
  usage: 2,
  /** A wait ended in a state it cannot leave for the one awaited (e.g. cluster `Error`, job `Failed`). */
  waitFailed: 3,
  /** A wait reached its `--timeout` before the state was reached. */
  waitTimedOut: 4,
  /** Interrupted by SIGINT (Ctrl-C) or SIGTERM: the wait was aborted, nothing was changed on the server. */
  interrupted: 130,
} as const;

export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes];
