/** A JSON Schema (draft-07) object, as ajv compiles it. */
export type JsonSchema = { [keyword: string]: unknown };

/**
 * The JSON Schema (draft-07) of `schema`: the name of a schema under `components.schemas` of `document`
 * (e.g. 'GetRayClusterResponse') or an OpenAPI 3.0 schema object. Component schemas it references are copied into
 * `definitions`; `nullable`, boolean exclusive bounds and numeric formats are translated; `example` and `x-*`
 * extensions are dropped, so ajv can compile it in strict mode. Throws when a referenced schema does not exist.
 */
export declare function toJsonSchema(
  document: unknown,
  schema: string | { [keyword: string]: unknown },
  options?: ToJsonSchemaOptions,
): JsonSchema;

export interface ToJsonSchemaOptions {
  /**
   * Objects that list `properties` and say nothing of `additionalProperties` reject unknown properties. Use it for
   * payloads you produce (a fake server's responses); the real service may add fields.
   * @default false
   */
  closeObjects?: boolean;
}
