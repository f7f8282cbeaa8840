import type { CommandContext } from '../CommandContext';
import { checkBody } from './checkBody';
import type { BodySchema } from './FieldType';
import { readBodyFile } from './readBodyFile';

/** The checked body of `--file`, or an empty one when the option is absent. */
export async function bodyFromFile(
  context: CommandContext,
  schema: BodySchema,
): Promise<Record<string, unknown>> {
  const path = context.string('file');
  if (path === undefined) return {};
  return checkBody(await readBodyFile(path), schema, path);
}
