import { ServiceError } from '../src/errors/ServiceError';
import { captureError } from './support/captureError';
import { useFakeServer } from './support/useFakeServer';

const ws = 'w-skew01234567';
const harness = useFakeServer({ clockSkewMs: 40 * 60 * 1000 });
const sent = (operation: string) => harness.fake.requests.filter((r) => r.operation === operation);

describe('clock skew', () => {
  beforeEach(() => harness.fake.setClockSkew(40 * 60 * 1000));

  it('learns the offset from the Date header, retries once, and keeps the offset for later calls', async () => {
    const id = harness.fake.seedCluster(ws, { state: 'Running' });
    const client = harness.client({ retry: false });
    await expect(client.getRayCluster({ workspaceId: ws, clusterId: id })).resolves.toMatchObject({
      clusterId: id,
    });
    const first = sent('GetRayCluster');
    expect(first.map((r) => r.status)).toEqual([400, 200]);
    expect(first[0]!.responseBody).toMatchObject({ Code: 'InvalidTimeStamp.Expired' });
    const signedAt = Date.parse(first[1]!.headers['x-acs-date']!);
    expect(signedAt - Date.now()).toBeGreaterThan(38 * 60 * 1000);

    await client.getRayCluster({ workspaceId: ws, clusterId: id });
    expect(sent('GetRayCluster').map((r) => r.status)).toEqual([400, 200, 200]);
  });

  it('also corrects a non-idempotent call (a rejected timestamp means nothing ran)', async () => {
    const created = await harness.client().createRayCluster({ workspaceId: ws, body: { name: 'skewed' } });
    expect(created.clusterId).toBeTruthy();
    expect(sent('CreateRayCluster').map((r) => r.status)).toEqual([400, 200]);
  });

  it('corrects a clock that is behind as well as ahead', async () => {
    harness.fake.setClockSkew(-30 * 60 * 1000);
    const id = harness.fake.seedCluster(ws, { state: 'Running' });
    await harness.client().getRayCluster({ workspaceId: ws, clusterId: id });
    expect(sent('GetRayCluster').map((r) => r.status)).toEqual([400, 200]);
  });

  it('retries only once: a second rejection is the caller’s', async () => {
    harness.fake.injectFault({
      operation: 'GetRayJob',
      kind: 'error',
      status: 400,
      code: 'InvalidTimeStamp.Expired',
    });
    const error = await captureError(harness.client().getRayJob({ workspaceId: ws, submissionId: 'rj-1' }));
    expect(error).toBeInstanceOf(ServiceError);
    expect(error.code).toBe('InvalidTimeStamp.Expired');
    expect(sent('GetRayJob')).toHaveLength(2);
  });

  it('can be turned off', async () => {
    const error = await captureError(
      harness.client({ correctClockSkew: false }).listRayCluster({ workspaceId: ws }),
    );
    expect(error).toMatchObject({ name: 'ServiceError', code: 'InvalidTimeStamp.Expired', statusCode: 400 });
    expect(sent('ListRayCluster')).toHaveLength(1);
  });
});
