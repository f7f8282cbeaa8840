import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { createSpecValidator } from '@emr-ray/fixtures';
import {
  GetRayClusterResponseFromJSON,
  GetRayClusterResponseToJSON,
  RayClusterApi,
  RayClusterState,
  RayJobApi,
  RayJobStatus,
  RayLogApi,
} from '../src/generated';
import * as models from '../src/generated/models/index';
import {
  apiVersion,
  bodyEncoders,
  defaultEndpointTemplate,
  operations,
  responseDecoders,
  secretFieldNames,
} from '../src/operations.generated';

const repoRoot = resolve(__dirname, '../../..');
const specPath = resolve(repoRoot, 'openapi/emr-serverless-spark.yaml');

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a parsed YAML document is untyped
type Node = any;
const spec: Node = parse(readFileSync(specPath, 'utf8'));
const exampleFile: Node = JSON.parse(
  readFileSync(resolve(repoRoot, 'openapi/examples/get-ray-cluster.json'), 'utf8'),
);

const expectedOperations: Record<string, [method: string, path: string, tag: string]> = {
  CreateRayCluster: ['post', '/api/v1/workspaces/{workspaceId}/rayCluster', 'RayCluster'],
  ListRayCluster: ['get', '/api/v1/workspaces/{workspaceId}/rayCluster', 'RayCluster'],
  GetRayCluster: ['get', '/api/v1/workspaces/{workspaceId}/rayCluster/{clusterId}', 'RayCluster'],
  UpdateRayCluster: ['post', '/api/v1/workspaces/{workspaceId}/rayCluster/{clusterId}', 'RayCluster'],
  DeleteRayCluster: ['delete', '/api/v1/workspaces/{workspaceId}/rayCluster/{clusterId}', 'RayCluster'],
  StartRayCluster: ['post', '/api/v1/workspaces/{workspaceId}/rayCluster/{clusterId}/start', 'RayCluster'],
  StopRayCluster: ['post', '/api/v1/workspaces/{workspaceId}/rayCluster/{clusterId}/stop', 'RayCluster'],
  SubmitRayJob: ['post', '/api/v1/workspaces/{workspaceId}/rayJob', 'RayJob'],
  ListRayJob: ['get', '/api/v1/workspaces/{workspaceId}/rayJob', 'RayJob'],
  GetRayJob: ['get', '/api/v1/workspaces/{workspaceId}/rayJob/{submissionId}', 'RayJob'],
  CancelRayJob: ['post', '/api/v1/workspaces/{workspaceId}/rayJob/{submissionId}/cancel', 'RayJob'],
  GetRayLog: ['get', '/api/interactive/v1/workspace/{workspaceId}/ray/{instanceId}/log', 'RayLog'],
  ListRayLogs: ['get', '/api/interactive/v1/workspace/{workspaceId}/ray/{instanceId}/logs', 'RayLog'],
};
const idempotentOperations = [
  'ListRayCluster',
  'GetRayCluster',
  'DeleteRayCluster',
  'StartRayCluster',
  'StopRayCluster',
  'ListRayJob',
  'GetRayJob',
  'CancelRayJob',
  'GetRayLog',
  'ListRayLogs',
];

function specOperations(): { action: string; method: string; path: string; op: Node }[] {
  const found = [];
  for (const [path, item] of Object.entries<Node>(spec.paths)) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch', 'head', 'options']) {
      if (item[method]) found.push({ action: item[method].operationId, method, path, op: item[method] });
    }
  }
  return found;
}

function resolveRef(node: Node): Node {
  if (!node?.$ref) return node;
  const target = String(node.$ref)
    .replace(/^#\//, '')
    .split('/')
    .reduce((at: Node, key: string) => at?.[key], spec);
  if (target === undefined) throw new Error(`unresolved ${node.$ref}`);
  return target;
}

function successSchemaName(op: Node): string {
  return String(op.responses['200'].content['application/json'].schema.$ref).replace(
    '#/components/schemas/',
    '',
  );
}

// The fake server's validator (Ajv, strict mode), built from the spec file itself rather than the generated copy.
const validator = createSpecValidator({ document: spec });

describe('openapi/emr-serverless-spark.yaml', () => {
  test('is OpenAPI 3.0.3 for API version 2023-08-08 with the regional endpoint', () => {
    expect(spec.openapi).toBe('3.0.3');
    expect(spec.info.version).toBe('2023-08-08');
    expect(spec.servers).toHaveLength(1);
    expect(spec.servers[0].url).toBe('https://emr-serverless-spark.{regionId}.aliyuncs.com');
    const region = spec.servers[0].variables.regionId;
    expect(region.default).toBe('cn-hangzhou');
    expect(region.enum).toHaveLength(15);
    expect(region.enum).toEqual(
      expect.arrayContaining(['cn-hangzhou', 'cn-beijing', 'ap-southeast-1', 'us-west-1']),
    );
    expect(spec.tags.map((t: Node) => t.name)).toEqual(['RayCluster', 'RayJob', 'RayLog']);
  });

  test('has exactly the 13 Ray operations with their methods, paths and tags', () => {
    const actual = Object.fromEntries(
      specOperations().map((o) => [o.action, [o.method, o.path, o.op.tags[0]]]),
    );
    expect(actual).toEqual(expectedOperations);
    expect(specOperations()).toHaveLength(13);
  });

  test('every path parameter is declared and required; every body is named body', () => {
    for (const { action, path, op } of specOperations()) {
      const params = (op.parameters ?? []).map(resolveRef);
      const names = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
      for (const name of names) {
        const param = params.find((p: Node) => p.in === 'path' && p.name === name);
        expect({ action, name, required: param?.required }).toEqual({ action, name, required: true });
      }
      if (op.requestBody) {
        expect({ action, name: op.requestBody['x-codegen-request-body-name'] }).toEqual({
          action,
          name: 'body',
        });
        const body = String(op.requestBody.content['application/json'].schema.$ref);
        expect(body).toBe(`#/components/schemas/${action}Body`);
      }
    }
  });

  test('naming rules: no schema ends in Request; each success response is <Action>Response with requestId', () => {
    const schemaNames = Object.keys(spec.components.schemas);
    expect(schemaNames.filter((name) => name.endsWith('Request'))).toEqual([]);
    for (const { action, op } of specOperations()) {
      const name = successSchemaName(op);
      expect(name).toBe(`${action}Response`);
      expect(spec.components.schemas[name].required).toContain('requestId');
      expect(Object.keys(op.responses).sort()).toEqual(['200', '4XX', '5XX']);
      expect(op.responses['4XX'].$ref).toBe('#/components/responses/ClientError');
      expect(op.responses['5XX'].$ref).toBe('#/components/responses/ServerError');
    }
    const errorSchema = spec.components.responses.ClientError.content['application/json'].schema.$ref;
    expect(errorSchema).toBe('#/components/schemas/ErrorResponse');
    expect(Object.keys(spec.components.schemas.ErrorResponse.properties)).toEqual(
      expect.arrayContaining(['RequestId', 'HostId', 'Code', 'Message', 'Recommend', 'AccessDeniedDetail']),
    );
  });

  test('idempotency marks: all reads, Delete, Start (client token), Stop and Cancel; never Create, Update, Submit', () => {
    const marked = specOperations()
      .filter((o) => o.op['x-emr-ray-idempotent'] === true)
      .map((o) => o.action)
      .sort();
    expect(marked).toEqual([...idempotentOperations].sort());
    for (const o of specOperations().filter((x) => x.method === 'get')) {
      expect(marked).toContain(o.action);
    }
  });

  test('idempotency token: StartRayCluster only, naming a string property of its body', () => {
    const marked = specOperations().filter((o) => o.op['x-emr-ray-idempotency-token'] !== undefined);
    expect(marked.map((o) => [o.action, o.op['x-emr-ray-idempotency-token']])).toEqual([
      ['StartRayCluster', 'clientToken'],
    ]);
    const body = resolveRef(marked[0]!.op.requestBody.content['application/json'].schema);
    expect(body.properties.clientToken.type).toBe('string');
  });

  test('the page size and page number parameters have the documented defaults', () => {
    const defaults = (action: string): Record<string, unknown> => {
      const op = specOperations().find((o) => o.action === action)!.op;
      return Object.fromEntries(
        op.parameters
          .map(resolveRef)
          .filter((p: Node) => p.in === 'query' && p.schema?.default !== undefined)
          .map((p: Node) => [p.name, p.schema.default]),
      );
    };
    expect(defaults('ListRayCluster')).toEqual({ pageNum: 1, pageSize: 20 });
    expect(defaults('ListRayJob')).toEqual({ pageNum: 1, pageSize: 20 });
    expect(defaults('ListRayLogs')).toEqual({ maxKeys: 100 });
  });

  test('pagination marks point at arrays (and markers) that exist in the response schemas', () => {
    const paginated = Object.fromEntries(
      specOperations()
        .filter((o) => o.op['x-emr-ray-pagination'])
        .map((o) => [o.action, o.op['x-emr-ray-pagination']]),
    );
    expect(paginated).toEqual({
      ListRayCluster: { style: 'pageNumber', items: 'rayClusters' },
      ListRayJob: { style: 'pageNumberWithTotal', items: 'rayJobs', total: 'totalCount' },
      ListRayLogs: {
        style: 'marker',
        items: 'data.objectList',
        marker: 'marker',
        nextMarker: 'data.nextMarker',
        truncated: 'data.isTruncated',
      },
    });
    const fieldType = (action: string, dotted: string): string => {
      const op = specOperations().find((o) => o.action === action)!.op;
      let schema: Node = spec.components.schemas[successSchemaName(op)];
      for (const key of dotted.split('.')) schema = resolveRef(resolveRef(schema).properties?.[key]);
      return schema?.type;
    };
    expect(fieldType('ListRayCluster', 'rayClusters')).toBe('array');
    expect(fieldType('ListRayJob', 'rayJobs')).toBe('array');
    expect(fieldType('ListRayJob', 'totalCount')).toBe('integer');
    expect(fieldType('ListRayLogs', 'data.objectList')).toBe('array');
    expect(fieldType('ListRayLogs', 'data.nextMarker')).toBe('string');
    expect(fieldType('ListRayLogs', 'data.isTruncated')).toBe('boolean');
    const listRayLogs = specOperations().find((o) => o.action === 'ListRayLogs')!.op;
    expect(listRayLogs.parameters.map(resolveRef).map((p: Node) => p.name)).toContain('marker');
  });

  test('timestamps are int64 integers and the state enums are complete', () => {
    const timeFields: string[] = [];
    for (const [schemaName, schema] of Object.entries<Node>(spec.components.schemas)) {
      for (const [name, property] of Object.entries<Node>(schema.properties ?? {})) {
        if (/Time$|^timeModified$/.test(name)) {
          timeFields.push(`${schemaName}.${name}`);
          expect({ field: `${schemaName}.${name}`, type: property.type, format: property.format }).toEqual({
            field: `${schemaName}.${name}`,
            type: 'integer',
            format: 'int64',
          });
        }
      }
    }
    expect(timeFields).toEqual(
      expect.arrayContaining([
        'GetRayClusterResponse.createTime',
        'RayNode.startTime',
        'GetRayJobResponse.endTime',
      ]),
    );
    expect(spec.components.schemas.RayClusterState.enum).toEqual([
      'Starting',
      'Running',
      'Stopping',
      'Stopped',
      'Error',
    ]);
    expect(spec.components.schemas.RayJobStatus.enum).toEqual([
      'Submitted',
      'Pending',
      'Running',
      'Succeeded',
      'Failed',
      'Cancelling',
      'Cancelled',
      'Timeout',
    ]);
  });

  test('secret fields are marked: submitToken (value), dashboardUrl and accessUrl (url-token)', () => {
    const schemas = spec.components.schemas;
    expect(schemas.GetRayClusterResponse.properties.submitToken['x-emr-ray-secret']).toBe(true);
    expect(schemas.GetRayClusterResponse.properties.dashboardUrl['x-emr-ray-secret']).toBe('url-token');
    expect(schemas.RayClusterSummary.properties.dashboardUrl['x-emr-ray-secret']).toBe('url-token');
    expect(schemas.GetRayLogData.properties.accessUrl['x-emr-ray-secret']).toBe('url-token');
  });

  test('every component schema compiles in ajv strict mode once converted', () => {
    for (const name of Object.keys(spec.components.schemas)) {
      expect(() => validator.validateSchema(name, null)).not.toThrow();
    }
  });
});

describe('the documented GetRayCluster example', () => {
  const inline =
    spec.paths['/api/v1/workspaces/{workspaceId}/rayCluster/{clusterId}'].get.responses['200'].content[
      'application/json'
    ].example;

  test('the inline example and openapi/examples/get-ray-cluster.json are the same', () => {
    expect(inline).toEqual(exampleFile);
  });

  test('has exactly the fields of the GetRayClusterResponse schema (all 28 documented fields)', () => {
    const properties = Object.keys(spec.components.schemas.GetRayClusterResponse.properties);
    expect(Object.keys(exampleFile).sort()).toEqual(properties.sort());
    expect(properties).toHaveLength(28);
  });

  test('validates against GetRayClusterResponse, with no field outside the schema', () => {
    expect(validator.validateSchema('GetRayClusterResponse', exampleFile)).toEqual([]);
    expect(validator.validateResponse('GetRayCluster', 200, exampleFile)).toEqual([]);
  });

  test('a mutated copy (unknown state, non-integer exit code) fails validation at those two places', () => {
    const mutated = structuredClone(exampleFile);
    mutated.state = 'Exploded';
    mutated.instances[0].containerExitCode = 'x';
    const paths = new Set(validator.validateSchema('GetRayClusterResponse', mutated).map((e) => e.where));
    expect([...paths].sort()).toEqual(['instances.0.containerExitCode', 'state']);
  });

  test('a copy without requestId fails validation', () => {
    const { requestId: _requestId, ...withoutRequestId } = exampleFile;
    expect(validator.validateSchema('GetRayClusterResponse', withoutRequestId)).toEqual([
      { where: 'requestId', message: 'requestId is required' },
    ]);
  });

  test('decoding with the generated GetRayClusterResponseFromJSON keeps every documented field', () => {
    const decoded = GetRayClusterResponseFromJSON(exampleFile);
    expect(decoded.state).toBe(RayClusterState.Running);
    expect(decoded.instances?.[0]?.containerExitCode).toBe(137);
    expect(decoded.headSpec?.replica).toBe(1);
    expect(decoded.workerSpec?.[0]?.maxReplica).toBe(10);
    const roundTrip = JSON.parse(JSON.stringify(GetRayClusterResponseToJSON(decoded)));
    expect(roundTrip).toStrictEqual(exampleFile);
  });
});

describe('generated code matches the spec', () => {
  test('one API class per tag with a camelCase method per operation', () => {
    const classes: Record<string, { prototype: object }> = {
      RayCluster: RayClusterApi,
      RayJob: RayJobApi,
      RayLog: RayLogApi,
    };
    for (const [action, [, , tag]] of Object.entries(expectedOperations)) {
      const methodName = action.charAt(0).toLowerCase() + action.slice(1);
      expect({
        action,
        type: typeof (classes[tag].prototype as Record<string, unknown>)[methodName],
      }).toEqual({
        action,
        type: 'function',
      });
    }
    expect(Object.values(RayJobStatus)).toEqual(spec.components.schemas.RayJobStatus.enum);
  });

  test('operations.generated.ts describes the same 13 operations', () => {
    expect(apiVersion).toBe(spec.info.version);
    expect(defaultEndpointTemplate).toBe(spec.servers[0].url);
    const table = Object.fromEntries(
      Object.values(operations).map((o) => [o.action, [o.httpMethod.toLowerCase(), o.pathTemplate, o.tag]]),
    );
    expect(table).toEqual(expectedOperations);
    for (const info of Object.values(operations)) {
      expect(info.methodName).toBe(info.action.charAt(0).toLowerCase() + info.action.slice(1));
      expect(info.idempotent).toBe(idempotentOperations.includes(info.action));
      expect(info.responseSchema).toBe(`${info.action}Response`);
    }
    expect(operations.ListRayJob.queryParams.find((p) => p.name === 'submitTime')).toEqual({
      name: 'submitTime',
      type: 'string',
      required: false,
      json: true,
    });
    expect(operations.GetRayLog.pathParams).toEqual(['workspaceId', 'instanceId']);
    expect(operations.ListRayCluster.queryParams.find((p) => p.name === 'pageSize')).toEqual({
      name: 'pageSize',
      type: 'integer',
      format: 'int32',
      required: false,
      json: false,
      default: 20,
    });
    for (const [action, { op }] of Object.entries(
      Object.fromEntries(specOperations().map((o) => [o.action, o])),
    )) {
      const fromSpec = (op.parameters ?? [])
        .map(resolveRef)
        .filter((p: Node) => p.in === 'query')
        .map((p: Node) => [p.name, p.schema?.default]);
      const fromTable = operations[action as keyof typeof operations].queryParams.map((p) => [
        p.name,
        'default' in p ? p.default : undefined,
      ]);
      expect({ action, defaults: fromTable }).toEqual({ action, defaults: fromSpec });
    }
    const tokens = Object.values(operations)
      .filter((info) => 'idempotencyToken' in info)
      .map((info) => [info.action, 'idempotencyToken' in info ? info.idempotencyToken : undefined]);
    expect(tokens).toEqual([['StartRayCluster', 'clientToken']]);
    expect(secretFieldNames).toEqual({
      dashboardUrl: 'url-token',
      dashboardUrlExtra: 'url-token',
      accessUrl: 'url-token',
      submitToken: 'value',
    });
  });
});

describe('the codec tables of operations.generated.ts', () => {
  const named = models as unknown as Record<string, unknown>;

  test('responseDecoders: each operation has the generated <responseSchema>FromJSON', () => {
    expect(Object.keys(responseDecoders).sort()).toEqual(Object.keys(operations).sort());
    for (const info of Object.values(operations)) {
      const decoder = responseDecoders[info.action];
      expect({ action: info.action, same: decoder === named[`${info.responseSchema}FromJSON`] }).toEqual({
        action: info.action,
        same: true,
      });
    }
  });

  test('bodyEncoders: exactly the operations with a body, each with the generated <bodySchema>ToJSON', () => {
    const withBody = Object.values(operations).filter((info) => info.hasBody);
    expect(Object.keys(bodyEncoders).sort()).toEqual(withBody.map((info) => info.action).sort());
    for (const info of withBody) {
      const schema = 'bodySchema' in info ? info.bodySchema : undefined;
      const encoder = (bodyEncoders as Record<string, unknown>)[info.action];
      expect({ action: info.action, same: encoder === named[`${schema}ToJSON`] }).toEqual({
        action: info.action,
        same: true,
      });
    }
  });
});
