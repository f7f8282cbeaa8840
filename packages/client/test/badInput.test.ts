import { InvalidParameterError } from '../src/errors/InvalidParameterError';
import { operationNames, operations } from '../src/operations.generated';
import { captureError } from './support/captureError';
import { useFakeServer } from './support/useFakeServer';

const ws = 'w-badinput0123';
const harness = useFakeServer();

type AnyMethod = (params: unknown, options?: unknown) => Promise<unknown>;

describe('bad input', () => {
  const withPathParams = operationNames.flatMap((name) =>
    operations[name].pathParams.map((param) => [name, param] as const),
  );

  it.each(withPathParams)('%s without %s fails before sending, naming the parameter', async (name, param) => {
    const op = operations[name];
    const client = harness.client() as unknown as Record<string, AnyMethod>;
    const valid = Object.fromEntries(op.pathParams.map((p) => [p, 'x-1']));
    for (const bad of [undefined, '', null]) {
      const error = await captureError(client[op.methodName]!({ ...valid, [param]: bad }));
      expect(error).toBeInstanceOf(InvalidParameterError);
      expect(error.parameter).toBe(param);
      expect(error.message).toContain(`${name}: ${param} is required`);
    }
    expect(harness.fake.requests).toHaveLength(0);
  });

  it('a missing parameters object, or a wrong type, fails before sending', async () => {
    const client = harness.client() as unknown as Record<string, AnyMethod>;
    await expect(client.getRayCluster!(undefined)).rejects.toMatchObject({
      name: 'InvalidParameterError',
      parameter: 'params',
    });
    await expect(client.getRayCluster!({ workspaceId: ws, clusterId: 7 })).rejects.toThrow(
      /clusterId must be a string, got number/,
    );
    await expect(client.listRayCluster!({ workspaceId: ws, pageSize: 'ten' })).rejects.toMatchObject({
      parameter: 'pageSize',
    });
    await expect(client.createRayCluster!({ workspaceId: ws, body: 'name=x' })).rejects.toMatchObject({
      parameter: 'body',
    });
    await expect(client.getRayCluster!({ workspaceId: ws, clusterId: '..' })).rejects.toMatchObject({
      parameter: 'clusterId',
    });
    expect(harness.fake.requests).toHaveLength(0);
  });

  it.each([
    ['a slash', 'ray-1/../../other', 'ray-1%2F..%2F..%2Fother'],
    ['a query', 'ray-1?clusterId=evil', 'ray-1%3FclusterId%3Devil'],
    ['a fragment', 'ray-1#frag', 'ray-1%23frag'],
    ['dots', '..ray..', '..ray..'],
    ['unicode', 'ray-集群-é', 'ray-%E9%9B%86%E7%BE%A4-%C3%A9'],
    ['a percent and a space', 'ray 100%', 'ray%20100%25'],
  ])('an id with %s stays one path segment on the wire', async (_what, id, encoded) => {
    const error = await captureError(harness.client().getRayCluster({ workspaceId: ws, clusterId: id }));
    expect(error).toMatchObject({ name: 'ServiceError', code: 'RayCluster.NotFound', statusCode: 404 });
    const [request] = harness.fake.requests;
    expect(harness.fake.requests).toHaveLength(1);
    expect(request!.rawPath).toBe(`/api/v1/workspaces/${ws}/rayCluster/${encoded}`);
    expect(request!.operation).toBe('GetRayCluster');
    expect(request!.path).toBe(`/api/v1/workspaces/${ws}/rayCluster/${id}`);
    expect(request!.query).toEqual({});
    expect(request!.status).toBe(404);
  });

  it('a seeded cluster with an odd id is found through the encoded path (the signature matches too)', async () => {
    const id = harness.fake.seedCluster(ws, { clusterId: 'ray-ü/x?y#z', state: 'Running' });
    const cluster = await harness.client().getRayCluster({ workspaceId: ws, clusterId: id });
    expect(cluster.clusterId).toBe('ray-ü/x?y#z');
    expect(harness.fake.requests[0]!.status).toBe(200);
  });

  it('an odd workspace id cannot reach another route', async () => {
    harness.fake.seedCluster(ws, { state: 'Running' });
    const page = await harness.client().listRayCluster({ workspaceId: `${ws}/rayCluster/ray-1` });
    expect(page.rayClusters).toEqual([]);
    expect(harness.fake.requests[0]!.rawPath).toBe(
      `/api/v1/workspaces/${ws}%2FrayCluster%2Fray-1/rayCluster`,
    );
    expect(harness.fake.requests[0]!.operation).toBe('ListRayCluster');
  });
});
