/** What a stream needs to offer `emr-ray`: `process.stdout` / `process.stderr` or a test double. */
export interface CliOutputStream {
  write(chunk: string): unknown;
  /** True on a terminal: progress is then one live line rewritten in place. */
  isTTY?: boolean;
  columns?: number;
}

/** The process surroundings of one `emr-ray` run. */
export interface CliIo {
  /** @default process.stdout */
  stdout?: CliOutputStream;
  /** @default process.stderr */
  stderr?: CliOutputStream;
  /** @default process.env */
  env?: Record<string, string | undefined>;
  /** Aborting it interrupts the command (exit code 130); the bin wires SIGINT and SIGTERM to it. */
  signal?: AbortSignal;
}
