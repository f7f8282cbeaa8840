import { inspect } from 'node:util';
import { createClient, isServiceError, type GetRayClusterResponse } from '@emr-ray/client';
import { isWaiterError } from '../src/isWaiterError';
import { waitUntilRunning } from '../src/waitUntilRunning';
import type { WaiterProgress } from '../src/WaiterProgress';
import { clusterReads, WORKSPACE } from './support/manualFake';
import { rejection } from './support/rejection';
import { sleepThen } from './support/sleepThen';
import { useManualFake } from './support/useManualFake';
import { progressSteps } from './support/progressSteps';

const setup = useManualFake();

async function createCluster(workers = 2): Promise<string> {
  const { clusterId } = await setup.client.createRayCluster({
    workspaceId: WORKSPACE,
    body: { name: 'waiter-test', workerSpec: [{ groupName: 'g', replica: workers }] },
  });
  return clusterId!;
}

describe('waitUntilRunning on the fake (manual clock)', () => {
  it('Starting retries with the default backoff; Running succeeds with the typed cluster', async () => {
    const clusterId = await createCluster();
    const { client, clock, sleeps } = setup;
    const result = await waitUntilRunning(
      { client, maxWaitTime: 600, ...clock },
      { workspaceId: WORKSPACE, clusterId },
    );
    // defaults 3 s / 22 s, random 0.5: ceilings 3, 6, 12, 22 -> delays 3, 4.5, 9, 16.5; the fake starts in 30 s
    expect(sleeps).toEqual([3000, 4500, 9000, 16_500]);
    expect(result.state).toBe('SUCCESS');
    expect(result.attempts).toBe(5);
    expect(result.elapsedMs).toBe(33_000);
    const cluster: GetRayClusterResponse = result.cluster;
    expect(cluster).toMatchObject({ clusterId, state: 'Running' });
    expect(cluster.grpcEndpoint).toMatch(/^ray:\/\//);
    expect(clusterReads(setup.fake)).toBe(5);
  });

  it('polls sooner once the head and half the workers report Running (node phases), once', async () => {
    await setup.restart({ transitions: { clusterStarting: { afterMs: 90_000 } } });
    const clusterId = await createCluster();
    const states: Array<string[] | undefined> = [];
    const { client, clock, sleeps } = setup;
    const result = await waitUntilRunning(
      {
        client,
        maxWaitTime: 600,
        ...clock,
        onProgress: (e) => states.push(e.response?.instances?.map((n) => n.phase!)),
      },
      { workspaceId: WORKSPACE, clusterId },
    );
    // the fake runs the head after 1/3 of the start (30 s) and the workers after 2/3 (60 s): the call at 66 s sees
    // them and restarts the backoff from minDelay; it grows again while they stay Running
    expect(sleeps).toEqual([3000, 4500, 9000, 16_500, 16_500, 16_500, 3000, 4500, 9000, 16_500]);
    expect(states[5]).toEqual(['Running', 'Pending', 'Pending']);
    expect(states[6]).toEqual(['Running', 'Running', 'Running']);
    expect(result).toMatchObject({ attempts: 11, elapsedMs: 99_000 });
  });

  it('Error fails at once with the cluster message and each node reason, exit code and container state', async () => {
    const clusterId = await createCluster();
    setup.fake.scriptCluster(WORKSPACE, clusterId, { endIn: 'Error' });
    const { client, clock } = setup;
    const error = await rejection(
      waitUntilRunning({ client, maxWaitTime: 600, ...clock }, { workspaceId: WORKSPACE, clusterId }),
    );
    expect(isWaiterError(error)).toBe(true);
    expect(error).toMatchObject({
      reason: 'FAILURE',
      code: 'WAITER_FAILURE',
      attempts: 5,
      lastState: 'Error',
      observed: { Starting: 4, Error: 1 },
    });
    expect(error.message).toMatch(
      new RegExp(
        `^Stopped waiting for cluster ${clusterId} in workspace ${WORKSPACE} to be Running after 33 s and 5 calls: ` +
          'the cluster is in state Error: Ray head node failed: OOMKilled \\(exit code 137\\); ' +
          `head ${clusterId}-\\w+-head-\\w+: OOMKilled, exit 137, container Terminated\\. Seen Starting 4 times, Error 1 time\\.$`,
      ),
    );
    expect(error.lastResponse?.state).toBe('Error');
    expect(clusterReads(setup.fake)).toBe(5);
  });

  it('Error lists every failing node', async () => {
    const clusterId = setup.fake.seedCluster(WORKSPACE, {
      state: 'Error',
      message: 'image pull failed.',
      instances: [
        {
          type: 'Head',
          instanceId: 'ray-x-head-aaaaa',
          phase: 'Running',
          reason: 'ok',
          containerState: 'Running',
        },
        {
          type: 'Worker',
          instanceId: 'ray-x-worker-bbbbb',
          phase: 'Failed',
          reason: 'Error',
          containerExitCode: 1,
          containerState: 'Terminated',
        },
        {
          type: 'Worker',
          instanceId: 'ray-x-worker-ccccc',
          phase: 'Pending',
          containerState: 'Waiting',
          containerStateMessage: 'ImagePullBackOff',
        },
      ],
    });
    const { client, clock } = setup;
    const error = await rejection(
      waitUntilRunning({ client, maxWaitTime: 600, ...clock }, { workspaceId: WORKSPACE, clusterId }),
    );
    expect(error.message).toContain(
      ': the cluster is in state Error: image pull failed; worker ray-x-worker-bbbbb: Error, exit 1, container Terminated; ' +
        'worker ray-x-worker-ccccc: container Waiting (ImagePullBackOff). Seen Error 1 time.',
    );
  });

  it('Stopping fails at once', async () => {
    const clusterId = setup.fake.seedCluster(WORKSPACE, { state: 'Stopping' });
    const { client, clock } = setup;
    const error = await rejection(
      waitUntilRunning({ client, maxWaitTime: 600, ...clock }, { workspaceId: WORKSPACE, clusterId }),
    );
    expect(error).toMatchObject({ reason: 'FAILURE', attempts: 1, observed: { Stopping: 1 } });
    expect(error.message).toContain('the cluster is Stopping, so it will not reach Running');
  });

  it('Stopped retries within the grace period (a start not shown yet) and then follows the start', async () => {
    const clusterId = setup.fake.seedCluster(WORKSPACE, { state: 'Stopped' });
    const { client, clock } = setup;
    const sleep = sleepThen(setup, 2, () => client.startRayCluster({ workspaceId: WORKSPACE, clusterId }));
    const seen: string[] = [];
    const result = await waitUntilRunning(
      { client, maxWaitTime: 600, ...clock, sleep, onProgress: (e) => seen.push(e.state) },
      { workspaceId: WORKSPACE, clusterId },
    );
    expect(result.state).toBe('SUCCESS');
    expect(result.cluster.state).toBe('Running');
    expect(seen.slice(0, 3)).toEqual(['Stopped', 'Stopped', 'Starting']);
    expect(seen.at(-1)).toBe('Running');
    expect(setup.fake.requests.filter((r) => r.operation === 'GetRayCluster')).toHaveLength(result.attempts);
  });

  it('Stopped fails once the grace period is over, saying the cluster is stopped', async () => {
    const clusterId = setup.fake.seedCluster(WORKSPACE, { state: 'Stopped' });
    const { client, clock } = setup;
    const error = await rejection(
      waitUntilRunning({ client, maxWaitTime: 600, ...clock }, { workspaceId: WORKSPACE, clusterId }),
    );
    // calls at 0, 3, 7.5, 16.5 s are within the 30 s default grace period; 33 s is not
    expect(error).toMatchObject({ reason: 'FAILURE', attempts: 5, observed: { Stopped: 5 } });
    expect(error.message).toContain(
      'the cluster is still Stopped 33 s after the wait began (gracePeriod 30 s): was it started?',
    );
  });

  it('gracePeriod 0 fails a Stopped cluster at the first call', async () => {
    const clusterId = setup.fake.seedCluster(WORKSPACE, { state: 'Stopped' });
    const { client, clock } = setup;
    const error = await rejection(
      waitUntilRunning(
        { client, maxWaitTime: 600, gracePeriod: 0, ...clock },
        { workspaceId: WORKSPACE, clusterId },
      ),
    );
    expect(error).toMatchObject({ reason: 'FAILURE', attempts: 1 });
  });

  it('a missing cluster fails at once, carrying the 404 ServiceError', async () => {
    const { client, clock } = setup;
    const error = await rejection(
      waitUntilRunning(
        { client, maxWaitTime: 600, ...clock },
        { workspaceId: WORKSPACE, clusterId: 'ray-doesnotexist1' },
      ),
    );
    expect(error).toMatchObject({
      reason: 'FAILURE',
      attempts: 1,
      observed: { '404 RayCluster.NotFound': 1 },
    });
    expect(isServiceError(error.lastError)).toBe(true);
    expect(error.cause).toBe(error.lastError);
    expect(error.message).toContain('the cluster does not exist (404 RayCluster.NotFound)');
  });

  it('a missing workspace fails at once', async () => {
    await setup.restart({ workspaces: [WORKSPACE] });
    const { client, clock } = setup;
    const error = await rejection(
      waitUntilRunning(
        { client, maxWaitTime: 600, ...clock },
        { workspaceId: 'w-nosuchworkspace', clusterId: 'ray-1' },
      ),
    );
    expect(error).toMatchObject({
      reason: 'FAILURE',
      attempts: 1,
      observed: { '404 Workspace.NotFound': 1 },
    });
  });

  it.each([
    [
      'no permission',
      {
        status: 403,
        code: 'Forbidden.RAM',
        message: 'User not authorized to operate on the specified resource.',
      },
    ],
    [
      'invalid parameter',
      { status: 400, code: 'InvalidParameter', message: 'The specified parameter is not valid.' },
    ],
  ])(
    '%s fails at once, carrying the ServiceError (AWS retries these until the deadline)',
    async (_name, fault) => {
      const clusterId = await createCluster();
      setup.fake.injectFault({ operation: 'GetRayCluster', kind: 'error', ...fault });
      const { client, clock } = setup;
      const error = await rejection(
        waitUntilRunning({ client, maxWaitTime: 600, ...clock }, { workspaceId: WORKSPACE, clusterId }),
      );
      expect(error).toMatchObject({
        reason: 'FAILURE',
        attempts: 1,
        elapsedMs: 0,
        observed: { [`${fault.status} ${fault.code}`]: 1 },
      });
      expect(isServiceError(error.lastError)).toBe(true);
      expect(error.lastError).toMatchObject({ code: fault.code, statusCode: fault.status });
      expect(error.message).toContain(`the API refused the call: GetRayCluster`);
      expect(error.message).toContain(`${fault.status} ${fault.code}`);
    },
  );

  it('a bad signature or an unknown access key fails at once (an unknown key is not a missing cluster)', async () => {
    const clusterId = await createCluster();
    const { clock } = setup;
    const badSecret = createClient({
      endpoint: setup.fake.endpoint,
      credentials: { ...setup.fake.credentials, accessKeySecret: 'wrong-secret-value' },
      retry: false,
    });
    const badKey = createClient({
      endpoint: setup.fake.endpoint,
      credentials: { accessKeyId: 'LTAInosuchkey', accessKeySecret: 'x' },
      retry: false,
    });
    const signature = await rejection(
      waitUntilRunning(
        { client: badSecret, maxWaitTime: 600, ...clock },
        { workspaceId: WORKSPACE, clusterId },
      ),
    );
    expect(signature).toMatchObject({
      reason: 'FAILURE',
      attempts: 1,
      lastState: '400 SignatureDoesNotMatch',
    });
    const key = await rejection(
      waitUntilRunning({ client: badKey, maxWaitTime: 600, ...clock }, { workspaceId: WORKSPACE, clusterId }),
    );
    expect(key).toMatchObject({
      reason: 'FAILURE',
      attempts: 1,
      lastState: '400 InvalidAccessKeyId.NotFound',
    });
    expect(key.message).not.toContain('does not exist (');
    expect(`${signature.message} ${key.message}`).not.toContain('wrong-secret-value');
  });

  it('times out with one last call exactly at the deadline', async () => {
    const clusterId = await createCluster();
    const { client, clock, sleeps } = setup;
    const error = await rejection(
      waitUntilRunning({ client, maxWaitTime: 20, ...clock }, { workspaceId: WORKSPACE, clusterId }),
    );
    // calls at 0, 3, 7.5, 16.5 s; the next delay (16.5 s) passes the deadline: sleep the 3.5 s left, call at 20 s
    expect(sleeps).toEqual([3000, 4500, 9000, 3500]);
    expect(error).toMatchObject({
      reason: 'TIMEOUT',
      code: 'WAITER_TIMEOUT',
      attempts: 5,
      elapsedMs: 20_000,
      observed: { Starting: 5 },
    });
    expect(error.message).toBe(
      `Timed out after 20 s waiting for cluster ${clusterId} in workspace ${WORKSPACE} to be Running: 5 calls, last state Starting (seen Starting 5 times).`,
    );
    expect(error.lastResponse?.state).toBe('Starting');
  });

  it('succeeds when the last call at the deadline sees Running (AWS skips that call)', async () => {
    const clusterId = await createCluster();
    const { client, clock, sleeps } = setup;
    const result = await waitUntilRunning(
      { client, maxWaitTime: 30, ...clock },
      { workspaceId: WORKSPACE, clusterId },
    );
    expect(sleeps).toEqual([3000, 4500, 9000, 13_500]);
    expect(result).toMatchObject({ state: 'SUCCESS', attempts: 5, elapsedMs: 30_000 });
  });

  it('reports progress after every call, in order', async () => {
    const clusterId = await createCluster();
    const events: WaiterProgress<GetRayClusterResponse>[] = [];
    const { client, clock } = setup;
    await waitUntilRunning(
      { client, maxWaitTime: 600, ...clock, onProgress: (e) => events.push(e) },
      { workspaceId: WORKSPACE, clusterId },
    );
    expect(progressSteps(events)).toEqual([
      { attempt: 1, elapsedMs: 0, state: 'Starting', previousState: undefined, nextDelay: 3 },
      { attempt: 2, elapsedMs: 3000, state: 'Starting', previousState: 'Starting', nextDelay: 4.5 },
      { attempt: 3, elapsedMs: 7500, state: 'Starting', previousState: 'Starting', nextDelay: 9 },
      { attempt: 4, elapsedMs: 16_500, state: 'Starting', previousState: 'Starting', nextDelay: 16.5 },
      { attempt: 5, elapsedMs: 33_000, state: 'Running', previousState: 'Starting', nextDelay: undefined },
    ]);
    expect(events.every((e) => e.response?.clusterId === clusterId && e.error === undefined)).toBe(true);
  });

  it('never puts the submitToken or the dashboard token into a message', async () => {
    const clusterId = setup.fake.seedCluster(WORKSPACE, { state: 'Running' });
    setup.fake.scriptCluster(WORKSPACE, clusterId, { endIn: 'Error' });
    const running = setup.fake.seedCluster(WORKSPACE, { state: 'Running' });
    const { client, clock } = setup;
    const { cluster } = await waitUntilRunning(
      { client, maxWaitTime: 600, ...clock },
      { workspaceId: WORKSPACE, clusterId: running },
    );
    const secrets = [cluster.submitToken, new URL(cluster.dashboardUrl!).searchParams.get('token')];
    expect(secrets.every((s) => typeof s === 'string' && s.length > 8)).toBe(true);
    const errors = [
      await rejection(
        waitUntilRunning({ client, maxWaitTime: 600, ...clock }, { workspaceId: WORKSPACE, clusterId }),
      ),
      await rejection(
        waitUntilRunning(
          { client, maxWaitTime: 1, ...clock, random: () => 0 },
          { workspaceId: WORKSPACE, clusterId: await createCluster() },
        ),
      ),
    ];
    for (const error of errors) {
      const shown = `${error.message} ${JSON.stringify(error)} ${inspect(error, { depth: 10 })}`;
      for (const secret of secrets) expect(shown).not.toContain(secret);
    }
  });
});
