'use strict';
// Turns OpenAPI 3.0 schema objects into JSON Schema (draft-07) that ajv can compile, so tests and the fake server
// validate payloads against the spec itself. Plain CommonJS with no dependencies: usable from jest tests (compiled
// to CommonJS) and from Node scripts. Types: openapi-json-schema.d.cts.
//
// What changes: `$ref: '#/components/schemas/X'` -> `$ref: '#/definitions/X'` (every referenced schema is copied
// into `definitions`); `nullable: true` -> `null` added to `type` (and to `enum`); OpenAPI 3.0 boolean
// `exclusiveMinimum` / `exclusiveMaximum` -> draft-07 numbers; numeric formats int32 -> integer bounds, int64 / float /
// double -> dropped (JavaScript numbers); `example`, `discriminator`, `xml`, `externalDocs` and `x-*` extensions ->
// dropped, so ajv can run in strict mode.

const SCHEMA_PREFIX = '#/components/schemas/';
const DROPPED = new Set(['example', 'discriminator', 'xml', 'externalDocs', 'nullable', 'deprecated']);
const INT32 = { minimum: -2147483648, maximum: 2147483647 };
const NUMERIC_FORMATS = new Set(['int32', 'int64', 'float', 'double']);

function componentSchema(document, name) {
  const schemas = (document && document.components && document.components.schemas) || {};
  if (!Object.prototype.hasOwnProperty.call(schemas, name)) {
    throw new Error(`OpenAPI document has no schema "${name}" under components.schemas`);
  }
  return schemas[name];
}

function convertNode(document, node, referenced, where, options) {
  if (Array.isArray(node)) {
    return node.map((item, i) => convertNode(document, item, referenced, `${where}/${i}`, options));
  }
  if (node === null || typeof node !== 'object') return node;
  if (typeof node.$ref === 'string') {
    if (!node.$ref.startsWith(SCHEMA_PREFIX)) {
      throw new Error(`${where}: only references to ${SCHEMA_PREFIX}* are supported, got "${node.$ref}"`);
    }
    const name = node.$ref.slice(SCHEMA_PREFIX.length);
    componentSchema(document, name);
    referenced.add(name);
    return { $ref: `#/definitions/${name}` };
  }
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (DROPPED.has(key) || key.startsWith('x-')) continue;
    if (key === 'properties' || key === 'definitions' || key === 'patternProperties') {
      out[key] = {};
      for (const [name, child] of Object.entries(value)) {
        out[key][name] = convertNode(document, child, referenced, `${where}/${key}/${name}`, options);
      }
    } else if (key === 'exclusiveMinimum' || key === 'exclusiveMaximum') {
      if (typeof value === 'number') out[key] = value;
    } else if (key === 'format' && NUMERIC_FORMATS.has(value)) {
      if (value === 'int32') {
        if (node.minimum === undefined) out.minimum = INT32.minimum;
        if (node.maximum === undefined) out.maximum = INT32.maximum;
      }
    } else if (key === 'enum' || key === 'default' || key === 'const' || key === 'required') {
      out[key] = value;
    } else {
      out[key] = convertNode(document, value, referenced, `${where}/${key}`, options);
    }
  }
  if (options.closeObjects && node.properties && node.additionalProperties === undefined) {
    out.additionalProperties = false;
  }
  // OpenAPI 3.0: boolean exclusiveMinimum/Maximum modify minimum/maximum.
  if (node.exclusiveMinimum === true && typeof node.minimum === 'number') {
    out.exclusiveMinimum = node.minimum;
    delete out.minimum;
  }
  if (node.exclusiveMaximum === true && typeof node.maximum === 'number') {
    out.exclusiveMaximum = node.maximum;
    delete out.maximum;
  }
  if (node.nullable === true) {
    if (typeof out.type === 'string') out.type = [out.type, 'null'];
    else if (out.type === undefined) return { anyOf: [out, { type: 'null' }] };
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
  }
  return out;
}

/**
 * The JSON Schema of `schema`: a component schema name (e.g. 'GetRayClusterResponse') or an OpenAPI schema object
 * (e.g. a parameter's `schema`). Every component schema it references, directly or not, is in `definitions`.
 * `options.closeObjects`: objects with `properties` and no `additionalProperties` reject unknown properties (to catch
 * misspelt fields in payloads we produce; the real service may add fields, so do not use it on its responses).
 */
function toJsonSchema(document, schema, options = {}) {
  const settings = { closeObjects: options.closeObjects === true };
  const referenced = new Set();
  const root =
    typeof schema === 'string'
      ? convertNode(
          document,
          componentSchema(document, schema),
          referenced,
          `${SCHEMA_PREFIX}${schema}`,
          settings,
        )
      : convertNode(document, schema, referenced, '#', settings);
  const definitions = {};
  const pending = [...referenced];
  while (pending.length > 0) {
    const name = pending.shift();
    if (Object.prototype.hasOwnProperty.call(definitions, name)) continue;
    const found = new Set();
    const where = `${SCHEMA_PREFIX}${name}`;
    definitions[name] = convertNode(document, componentSchema(document, name), found, where, settings);
    for (const next of found)
      if (!Object.prototype.hasOwnProperty.call(definitions, next)) pending.push(next);
  }
  const names = Object.keys(definitions).sort();
  if (names.length === 0) return root;
  const withDefinitions = root.$ref === undefined ? root : { allOf: [root] };
  return {
    ...withDefinitions,
    definitions: Object.fromEntries(names.map((name) => [name, definitions[name]])),
  };
}

module.exports = { toJsonSchema };
