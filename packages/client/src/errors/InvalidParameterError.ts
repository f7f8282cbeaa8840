import { EmrRayError } from './EmrRayError';

/** A call's parameter or a client option was missing or malformed; nothing was sent. */
export class InvalidParameterError extends EmrRayError {
  override name = 'InvalidParameterError';
  /** The parameter or option at fault, e.g. `clusterId` or `options.timeoutMs`. */
  readonly parameter: string;

  constructor(parameter: string, message: string) {
    super(message, { code: 'InvalidParameter' });
    this.parameter = parameter;
  }
}
