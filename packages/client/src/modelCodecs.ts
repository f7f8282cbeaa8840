import * as models from './generated/models/index';

type Codec = (value: unknown) => unknown;
const table = models as unknown as Record<string, Codec | undefined>;

/** The generated `<schema>FromJSON` decoder of a component schema named in the operations table. */
export function fromJsonOf(schema: string): Codec {
  return lookup(`${schema}FromJSON`);
}

/** The generated `<schema>ToJSON` encoder of a component schema named in the operations table. */
export function toJsonOf(schema: string): Codec {
  return lookup(`${schema}ToJSON`);
}

function lookup(name: string): Codec {
  const codec = table[name];
  if (typeof codec !== 'function')
    throw new Error(`the generated models have no ${name}: regenerate the client`);
  return codec;
}
