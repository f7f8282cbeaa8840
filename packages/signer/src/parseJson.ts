import { CredentialsError } from './CredentialsError';

/**
 * JSON.parse whose error names the source and what was parsed. The SyntaxError is not kept as `cause`: V8 quotes
 * the offending text in it, which may be a secret.
 */
export function parseJson(text: string, source: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new CredentialsError(`${what} is not valid JSON`, { code: 'CredentialsInvalid', source });
  }
}
