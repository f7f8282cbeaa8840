import { CliExitError } from '../errors/CliExitError';
import { exitCodes } from '../exitCodes';

/** A `--file` (or a flag building the same body) holds something the API does not accept. Exit code 1. */
export class BodyInputError extends CliExitError {
  override name = 'BodyInputError';
  /** Where the bad value came from: the file name, or `flags`. */
  readonly source: string;
  /** The path of the bad field, e.g. `workerSpec[0].replica`; empty for the whole document. */
  readonly field: string;

  constructor(source: string, field: string, problem: string, options?: { cause?: unknown }) {
    super(exitCodes.error, `${source}: ${field ? `${field} ` : ''}${problem}`, {
      code: 'BodyInput',
      cause: options?.cause,
    });
    this.source = source;
    this.field = field;
  }
}
