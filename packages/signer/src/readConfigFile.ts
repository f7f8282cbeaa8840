import { readFile } from 'node:fs/promises';
import { CredentialsError } from './CredentialsError';

/**
 * The text of a credentials or CLI config file. A missing file is `CredentialsNotFound` (the chain moves on);
 * any other read error is `CredentialsInvalid`, naming the file and the system error code.
 */
export async function readConfigFile(path: string, source: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new CredentialsError(
      code === 'ENOENT' ? `${path} does not exist` : `cannot read ${path} (${code})`,
      {
        code: code === 'ENOENT' ? 'CredentialsNotFound' : 'CredentialsInvalid',
        source,
        cause: error,
      },
    );
  }
}
