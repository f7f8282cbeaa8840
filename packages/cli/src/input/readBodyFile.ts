import { readFile } from 'node:fs/promises';
import { parseAllDocuments } from 'yaml';
import { BodyInputError } from './BodyInputError';

/**
 * Reads a `--file`: JSON when the name ends in `.json`, else YAML (which also reads JSON). Resolves to the parsed
 * document, unchecked; errors name the file and, for syntax errors, the line.
 */
export async function readBodyFile(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new BodyInputError(path, '', `cannot be read: ${reason}`, { cause: error });
  }
  if (path.toLowerCase().endsWith('.json')) {
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      throw new BodyInputError(path, '', `is not valid JSON: ${(error as Error).message}`, { cause: error });
    }
  }
  const documents = parseAllDocuments(text, { prettyErrors: true });
  if (!Array.isArray(documents)) return undefined;
  if (documents.length > 1) throw new BodyInputError(path, '', 'holds several YAML documents; expected one');
  const document = documents[0];
  if (document === undefined) return undefined;
  const problem = document.errors[0];
  if (problem)
    throw new BodyInputError(path, '', `is not valid YAML: ${problem.message}`, { cause: problem });
  return document.toJS() as unknown;
}
