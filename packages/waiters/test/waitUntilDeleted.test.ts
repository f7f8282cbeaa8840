import { createClient, type GetRayClusterResponse } from '@emr-ray/client';
import { waitUntilDeleted } from '../src/waitUntilDeleted';
import type { WaiterError } from '../src/WaiterError';
import { WORKSPACE } from './support/manualFake';
import { sleepThen } from './support/sleepThen';
import { useManualFake } from './support/useManualFake';

const setup = useManualFake();

describe('waitUntilDeleted on the fake (manual clock)', () => {
  it('any state retries; not-found succeeds with the last cluster seen', async () => {
    const clusterId = setup.fake.seedCluster(WORKSPACE, { state: 'Stopped' });
    const { client, clock } = setup;
    const sleep = sleepThen(setup, 2, () => client.deleteRayCluster({ workspaceId: WORKSPACE, clusterId }));
    const observed: string[] = [];
    const result = await waitUntilDeleted(
      { client, maxWaitTime: 300, ...clock, sleep, onProgress: (e) => observed.push(e.state) },
      { workspaceId: WORKSPACE, clusterId },
    );
    expect(observed).toEqual(['Stopped', 'Stopped', '404 RayCluster.NotFound']);
    expect(result).toMatchObject({ state: 'SUCCESS', attempts: 3, elapsedMs: 7500 });
    const last: GetRayClusterResponse | undefined = result.cluster;
    expect(last).toMatchObject({ clusterId, state: 'Stopped' });
  });

  it('succeeds at the first call when the cluster is already gone (cluster undefined)', async () => {
    const { client, clock } = setup;
    const result = await waitUntilDeleted(
      { client, maxWaitTime: 300, ...clock },
      { workspaceId: WORKSPACE, clusterId: 'ray-alreadygone' },
    );
    expect(result).toMatchObject({ state: 'SUCCESS', attempts: 1, cluster: undefined });
  });

  it('retries Running, Starting and Error too, until the deadline', async () => {
    const clusterId = setup.fake.seedCluster(WORKSPACE, { state: 'Error' });
    const { client, clock } = setup;
    const error = await waitUntilDeleted(
      { client, maxWaitTime: 10, ...clock },
      { workspaceId: WORKSPACE, clusterId },
    ).catch((e: WaiterError) => e);
    expect(error).toMatchObject({ reason: 'TIMEOUT', attempts: 4, observed: { Error: 4 } });
  });

  it('an unknown access key fails instead of looking like a deleted cluster', async () => {
    const clusterId = setup.fake.seedCluster(WORKSPACE, { state: 'Stopped' });
    const badKey = createClient({
      endpoint: setup.fake.endpoint,
      credentials: { accessKeyId: 'LTAInosuchkey', accessKeySecret: 'x' },
      retry: false,
    });
    const error = await waitUntilDeleted(
      { client: badKey, maxWaitTime: 300, ...setup.clock },
      { workspaceId: WORKSPACE, clusterId },
    ).catch((e: WaiterError) => e);
    expect(error).toMatchObject({
      reason: 'FAILURE',
      attempts: 1,
      lastState: '400 InvalidAccessKeyId.NotFound',
    });
  });

  it('an unknown action (404 InvalidAction.NotFound) fails instead of succeeding', async () => {
    const clusterId = setup.fake.seedCluster(WORKSPACE, { state: 'Stopped' });
    setup.fake.injectFault({
      operation: 'GetRayCluster',
      kind: 'error',
      status: 404,
      code: 'InvalidAction.NotFound',
    });
    const error = await waitUntilDeleted(
      { client: setup.client, maxWaitTime: 300, ...setup.clock },
      { workspaceId: WORKSPACE, clusterId },
    ).catch((e: WaiterError) => e);
    expect(error).toMatchObject({ reason: 'FAILURE', attempts: 1, lastState: '404 InvalidAction.NotFound' });
  });
});
