import { isServiceError } from '@emr-ray/client';
import { waitUntilStopped } from '../src/waitUntilStopped';
import { WORKSPACE } from './support/manualFake';
import { rejection } from './support/rejection';
import { sleepThen } from './support/sleepThen';
import { useManualFake } from './support/useManualFake';

const setup = useManualFake();

describe('waitUntilStopped on the fake (manual clock)', () => {
  it('Stopping retries; Stopped succeeds', async () => {
    const clusterId = setup.fake.seedCluster(WORKSPACE, { state: 'Running' });
    const { client, clock, sleeps } = setup;
    await client.stopRayCluster({ workspaceId: WORKSPACE, clusterId });
    const result = await waitUntilStopped(
      { client, maxWaitTime: 300, ...clock },
      { workspaceId: WORKSPACE, clusterId },
    );
    // the fake stops in 10 s: calls at 0, 3, 7.5 (Stopping) and 16.5 s (Stopped)
    expect(sleeps).toEqual([3000, 4500, 9000]);
    expect(result).toMatchObject({ state: 'SUCCESS', attempts: 4, elapsedMs: 16_500 });
    expect(result.cluster.state).toBe('Stopped');
  });

  it('Running retries within the grace period (a stop not shown yet), then follows the stop', async () => {
    const clusterId = setup.fake.seedCluster(WORKSPACE, { state: 'Running' });
    const { client, clock } = setup;
    const seen: string[] = [];
    const sleep = sleepThen(setup, 1, () => client.stopRayCluster({ workspaceId: WORKSPACE, clusterId }));
    const result = await waitUntilStopped(
      { client, maxWaitTime: 300, ...clock, sleep, onProgress: (e) => seen.push(e.state) },
      { workspaceId: WORKSPACE, clusterId },
    );
    expect(result.state).toBe('SUCCESS');
    expect(seen).toEqual(['Running', 'Stopping', 'Stopping', 'Stopped']);
  });

  it.each(['Running', 'Starting'] as const)('%s fails once the grace period is over', async (state) => {
    // a seeded Starting cluster would run after 30 s: the grace period ends first
    const id = setup.fake.seedCluster(WORKSPACE, { state });
    const { client, clock } = setup;
    const error = await rejection(
      waitUntilStopped(
        { client, maxWaitTime: 300, gracePeriod: 10, ...clock },
        { workspaceId: WORKSPACE, clusterId: id },
      ),
    );
    // calls at 0, 3, 7.5 s are within the 10 s grace period; 16.5 s is not
    expect(error).toMatchObject({ reason: 'FAILURE', attempts: 4, observed: { [state]: 4 } });
    expect(error.message).toContain(
      `the cluster is still ${state} 16.5 s after the wait began (gracePeriod 10 s): was it stopped?`,
    );
  });

  it('Error fails at once', async () => {
    const clusterId = setup.fake.seedCluster(WORKSPACE, { state: 'Error' });
    const { client, clock } = setup;
    const error = await rejection(
      waitUntilStopped({ client, maxWaitTime: 300, ...clock }, { workspaceId: WORKSPACE, clusterId }),
    );
    expect(error).toMatchObject({ reason: 'FAILURE', attempts: 1, observed: { Error: 1 } });
    expect(error.message).toMatch(/the cluster is in state Error: .*OOMKilled, exit 137/);
  });

  it('a missing cluster fails at once', async () => {
    const { client, clock } = setup;
    const error = await rejection(
      waitUntilStopped(
        { client, maxWaitTime: 300, ...clock },
        { workspaceId: WORKSPACE, clusterId: 'ray-gone' },
      ),
    );
    expect(error).toMatchObject({ reason: 'FAILURE', attempts: 1 });
    expect(isServiceError(error.lastError)).toBe(true);
    expect(error.message).toContain('the cluster does not exist (404 RayCluster.NotFound)');
  });
});
