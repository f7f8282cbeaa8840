import { exitCodes } from '../exitCodes';
import { CliExitError } from './CliExitError';

/** The command line is wrong (exit code 2). The entry point prints `message`, then the usage of the command. */
export class UsageError extends CliExitError {
  override name = 'UsageError';
  /** The usage text to print; the entry point fills in the current command's usage when it is absent. */
  usage: string | undefined;

  constructor(message: string, options?: { usage?: string; cause?: unknown }) {
    super(exitCodes.usage, message, { code: 'Usage', cause: options?.cause });
    this.usage = options?.usage;
  }
}
