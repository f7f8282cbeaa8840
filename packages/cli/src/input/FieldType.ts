/**
 * What a field of a request body accepts in a `--file`. `string` also takes a number (YAML `cpu: 2` means "2");
 * `json` takes a JSON string or an object / array, which is serialized (the API wants a string holding JSON).
 */
export type FieldType =
  'string' | 'integer' | 'boolean' | 'json' | 'strings' | { object: BodySchema } | { array: BodySchema };

/** The fields of an object in a request body, by their API name. */
export type BodySchema = Readonly<Record<string, FieldType>>;
