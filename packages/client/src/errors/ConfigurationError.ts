import { EmrRayError } from './EmrRayError';

/** The client could not find a region or credentials; `message` lists every place it looked. */
export class ConfigurationError extends EmrRayError {
  override name = 'ConfigurationError';

  constructor(message: string, options: { code: 'MissingRegion' | 'MissingCredentials'; cause?: unknown }) {
    super(message, options);
  }
}
