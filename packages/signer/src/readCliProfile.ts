import type { CliProfile } from './CliProfile';
import { isCredentialsError } from './CredentialsError';
import { loadCliProfile, type ReadCliProfileOptions } from './loadCliProfile';

/**
 * The selected profile of the `aliyun` CLI config (raw fields, e.g. `region_id`), or `undefined` when the file or the
 * profile does not exist. Throws a `CredentialsError` (`CredentialsInvalid`) when the file cannot be read as a CLI config.
 */
export async function readCliProfile(options?: ReadCliProfileOptions): Promise<CliProfile | undefined> {
  try {
    return (await loadCliProfile(options)).selected;
  } catch (error) {
    if (isCredentialsError(error) && error.code === 'CredentialsNotFound') return undefined;
    throw error;
  }
}
