import { apiVersion, operationNames, operations } from '../src/operations.generated';
import { useFakeServer } from './support/useFakeServer';

const ws = 'w-ops0123456789';
const harness = useFakeServer({ transitions: { clusterStarting: 'manual', clusterStopping: 'manual' } });

function lastRequest() {
  const { requests } = harness.fake;
  return requests[requests.length - 1]!;
}

describe('every operation against the fake server', () => {
  afterEach(() => expect(harness.fake.responseValidationErrors).toEqual([]));

  it('the client has one method per operation of the generated table', () => {
    const client = harness.client();
    const methods = Object.keys(client)
      .filter((k) => k !== 'destroy')
      .sort();
    expect(methods).toEqual(operationNames.map((n) => operations[n].methodName).sort());
    expect(methods).toHaveLength(13);
  });

  it('CreateRayCluster sends the encoded body and GetRayCluster decodes the cluster', async () => {
    const client = harness.client();
    const created = await client.createRayCluster({
      workspaceId: ws,
      body: {
        name: 'train',
        displayReleaseVersion: 'ray-1.0.0 (Ray 2.47.1, Python 3.12)',
        headSpec: { cpu: '2', memory: '8Gi', queueName: 'root_queue' },
        workerSpec: [
          {
            groupName: 'g1',
            cpu: '4',
            memory: '16Gi',
            replica: 2,
            minReplica: 1,
            maxReplica: 4,
            workerType: 'CPU',
          },
        ],
      },
    });
    expect(created.clusterId).toMatch(/^ray-/);
    const sent = lastRequest();
    expect(sent).toMatchObject({
      method: 'POST',
      rawPath: `/api/v1/workspaces/${ws}/rayCluster`,
      status: 200,
    });
    expect(sent.headers['x-acs-action']).toBe('CreateRayCluster');
    expect(sent.headers['x-acs-version']).toBe(apiVersion);
    expect(sent.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(sent.body)).toEqual({
      name: 'train',
      displayReleaseVersion: 'ray-1.0.0 (Ray 2.47.1, Python 3.12)',
      headSpec: { cpu: '2', memory: '8Gi', queueName: 'root_queue' },
      workerSpec: [
        {
          groupName: 'g1',
          cpu: '4',
          memory: '16Gi',
          replica: 2,
          minReplica: 1,
          maxReplica: 4,
          workerType: 'CPU',
        },
      ],
    });

    const cluster = await client.getRayCluster({ workspaceId: ws, clusterId: created.clusterId! });
    expect(cluster).toMatchObject({ clusterId: created.clusterId, name: 'train', state: 'Starting' });
    expect(cluster.headSpec).toMatchObject({ cpu: '2', memory: '8Gi' });
    expect(lastRequest()).toMatchObject({ method: 'GET', operation: 'GetRayCluster', body: '' });
    expect(lastRequest().headers['content-type']).toBeUndefined();
  });

  it('ListRayCluster sends pageNum / pageSize and decodes the summaries', async () => {
    const client = harness.client();
    const ids = [
      harness.fake.seedCluster(ws, { state: 'Running' }),
      harness.fake.seedCluster(ws, { state: 'Stopped' }),
    ];
    const page = await client.listRayCluster({ workspaceId: ws, pageNum: 1, pageSize: 10 });
    expect(page.rayClusters?.map((c) => c.clusterId).sort()).toEqual([...ids].sort());
    expect(lastRequest().query).toEqual({ pageNum: '1', pageSize: '10' });
  });

  it('UpdateRayCluster posts the new configuration', async () => {
    const client = harness.client();
    const id = harness.fake.seedCluster(ws, { state: 'Running', name: 'old' });
    const result = await client.updateRayCluster({
      workspaceId: ws,
      clusterId: id,
      body: { name: 'new', description: 'd' },
    });
    expect(result.requestId).toBeTruthy();
    expect(lastRequest()).toMatchObject({ method: 'POST', operation: 'UpdateRayCluster' });
    expect(harness.fake.peekCluster(ws, id).name).toBe('new');
  });

  it('StopRayCluster, StartRayCluster (with an automatic clientToken) and DeleteRayCluster', async () => {
    const client = harness.client();
    const id = harness.fake.seedCluster(ws, { state: 'Running' });
    await client.stopRayCluster({ workspaceId: ws, clusterId: id });
    expect(lastRequest()).toMatchObject({
      method: 'POST',
      rawPath: `/api/v1/workspaces/${ws}/rayCluster/${id}/stop`,
    });
    harness.fake.advance('cluster', ws, id);
    expect(harness.fake.peekCluster(ws, id).state).toBe('Stopped');

    await client.startRayCluster({ workspaceId: ws, clusterId: id });
    const token = JSON.parse(lastRequest().body).clientToken;
    expect(token).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(harness.fake.peekCluster(ws, id).state).toBe('Starting');

    await client.startRayCluster({ workspaceId: ws, clusterId: id, body: { clientToken: 'my-token' } });
    expect(JSON.parse(lastRequest().body)).toEqual({ clientToken: 'my-token' });

    harness.fake.advance('cluster', ws, id);
    await client.stopRayCluster({ workspaceId: ws, clusterId: id });
    harness.fake.advance('cluster', ws, id);
    const deleted = await client.deleteRayCluster({ workspaceId: ws, clusterId: id });
    expect(deleted.requestId).toBeTruthy();
    expect(lastRequest()).toMatchObject({ method: 'DELETE', operation: 'DeleteRayCluster', status: 200 });
  });

  it('SubmitRayJob, GetRayJob, ListRayJob and CancelRayJob', async () => {
    const client = harness.client();
    const submitted = await client.submitRayJob({
      workspaceId: ws,
      body: {
        name: 'job-a',
        entrypoint: 'python main.py',
        displayReleaseVersion: 'ray-1.0.0 (Ray 2.47.1, Python 3.12)',
        tags: [{ key: 'team', value: 'ml' }],
      },
    });
    expect(submitted.submissionId).toMatch(/^rj-/);
    const job = await client.getRayJob({ workspaceId: ws, submissionId: submitted.submissionId! });
    expect(job).toMatchObject({
      submissionId: submitted.submissionId,
      name: 'job-a',
      entrypoint: 'python main.py',
    });
    expect(job.tags).toEqual([{ key: 'team', value: 'ml' }]);

    const list = await client.listRayJob({
      workspaceId: ws,
      name: 'job-a',
      submitTime: JSON.stringify({ startTime: 0, endTime: Date.now() + 60_000 }),
    });
    expect(list.totalCount).toBe(1);
    expect(list.rayJobs?.[0]?.submissionId).toBe(submitted.submissionId);
    expect(lastRequest().query.name).toBe('job-a');

    const cancelled = await client.cancelRayJob({ workspaceId: ws, submissionId: submitted.submissionId! });
    expect(cancelled.success).toBe(true);
    expect(lastRequest()).toMatchObject({
      method: 'POST',
      rawPath: `/api/v1/workspaces/${ws}/rayJob/${submitted.submissionId}/cancel`,
      body: '',
    });
  });

  it('ListRayLogs and GetRayLog read the envelope payload', async () => {
    const client = harness.client();
    const jobId = harness.fake.seedJob(ws, { status: 'Succeeded' });
    const job = harness.fake.peekJob(ws, jobId);
    const logs = await client.listRayLogs({
      workspaceId: ws,
      instanceId: jobId,
      bucketName: job.logBucketName,
      maxKeys: 5,
    });
    expect(logs.code).toBe('1000000');
    expect(logs.data?.objectList).toHaveLength(5);
    expect(logs.data?.isTruncated).toBe(true);
    const path = logs.data!.objectList![0]!.path ?? logs.data!.objectList![0]!.name!;
    expect(lastRequest().rawPath).toContain(`/api/interactive/v1/workspace/${ws}/ray/${jobId}/logs?`);

    const log = await client.getRayLog({ workspaceId: ws, instanceId: jobId, path });
    expect(log.data?.accessUrl).toMatch(/^https?:\/\//);
    expect(lastRequest().query.path).toBe(path);
  });

  it('sends the STS token of temporary credentials', async () => {
    const { startFakeServer } = await import('@emr-ray/fixtures');
    const sts = { accessKeyId: 'STS.ak', accessKeySecret: 'sts-secret', securityToken: 'sts-token-value' };
    const fake = await startFakeServer({ credentials: [sts] });
    const client = harness.client({ endpoint: fake.endpoint, credentials: sts });
    try {
      const id = fake.seedCluster(ws, { state: 'Running' });
      await expect(client.getRayCluster({ workspaceId: ws, clusterId: id })).resolves.toMatchObject({
        clusterId: id,
      });
      expect(fake.requests[0]!.status).toBe(200);
      expect(fake.requests[0]!.headers['x-acs-security-token']).toBeDefined();
    } finally {
      client.destroy();
      await fake.close();
    }
  });
});
