import type { ExitCode } from '../exitCodes';
import { CLI_ERROR_BRAND } from './cliErrorBrand';

/**
 * Thrown by a command to end the process with a given exit code; only the entry point turns it into one.
 * A non-empty `message` is printed on stderr.
 */
export class CliExitError extends Error {
  override name = 'CliExitError';
  /** A stable code for programs. */
  readonly code: string;
  readonly exitCode: ExitCode;

  constructor(exitCode: ExitCode, message = '', options?: { code?: string; cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.exitCode = exitCode;
    this.code = options?.code ?? 'CliExit';
  }
}

Object.defineProperty(CliExitError.prototype, CLI_ERROR_BRAND, { value: true });
