import type { EmrRayClient } from '@emr-ray/client';
import type { CliOutputStream } from './CliIo';
import type { Command } from './Command';

export type OutputFormat = 'text' | 'json';

/** The global options, resolved against the environment. */
export interface GlobalSettings {
  workspace: string | undefined;
  region: string | undefined;
  endpoint: string | undefined;
  profile: string | undefined;
  output: OutputFormat;
  showSecrets: boolean;
  quiet: boolean;
}

/** What a command's `run` gets: its parsed arguments and options, the output streams and a lazily made client. */
export interface CommandContext {
  readonly command: Command;
  /** The positional arguments after the command words. */
  readonly args: readonly string[];
  readonly settings: GlobalSettings;
  /** Aborted on SIGINT / SIGTERM: pass it to every call and wait. */
  readonly signal: AbortSignal;
  readonly stdout: CliOutputStream;
  readonly stderr: CliOutputStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** A string option's value (the last one when given twice). */
  string(name: string): string | undefined;
  /** Every value of a repeatable string option, in order. */
  strings(name: string): string[];
  /** A boolean option: true when given. */
  flag(name: string): boolean;
  /** An integer option, checked against the bounds; a `UsageError` names the option otherwise. */
  integer(name: string, bounds?: { min?: number; max?: number }): number | undefined;
  /** A duration option in seconds (fractions allowed, > 0). */
  seconds(name: string): number | undefined;
  /** `--workspace` or `$EMR_RAY_WORKSPACE_ID`; a `UsageError` when neither is set. */
  workspaceId(): string;
  /** The API client for the global options, made on first use. */
  client(): Promise<EmrRayClient>;
  /** Prints the result on stdout: `json` with `--output json`, else the text `text()` returns. */
  print(json: unknown, text: () => string): void;
  /** Writes one line of progress or information on stderr (unless `--quiet`). */
  log(line: string): void;
  /**
   * Records what an action already did (e.g. `{ clusterId }` after CreateRayCluster) so that, if the wait that
   * follows fails, `--output json` still tells the script about it: `{ clusterId, ..., error }`.
   */
  done(fields: Record<string, unknown>): void;
  /** What `done` recorded so far. */
  readonly doneSoFar: Readonly<Record<string, unknown>>;
}
