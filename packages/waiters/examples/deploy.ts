import { createClient, type EmrRayClient } from '@emr-ray/client';
import { isWaiterError, waitUntilRunning, waitUntilStopped } from '@emr-ray/waiters';

/** What the work needs from the running cluster. `submitToken` is a secret: send it, never log it. */
export interface RayEndpoints {
  clusterId: string;
  /** `ray://...:80`, for `ray.init(...)` from inside the VPC */
  grpcEndpoint: string | undefined;
  /** the cluster's Ray Jobs endpoint; requests carry the header `ray-token: <submitToken>` */
  jobUrl: string | undefined;
  submitToken: string | undefined;
}

/** Creates a Ray cluster, waits until it runs, hands its endpoints to `work`, then stops it and waits until it has. */
export async function deployRayCluster(
  workspaceId: string,
  work: (endpoints: RayEndpoints) => Promise<void>,
  // region and credentials come from the environment or the aliyun CLI profile
  client: EmrRayClient = createClient(),
): Promise<void> {
  const { clusterId } = await client.createRayCluster({
    workspaceId,
    body: {
      name: 'nightly-training',
      displayReleaseVersion: 'ray-1.0.0 (Ray 2.47.1, Python 3.12)',
      headSpec: { cpu: '2', memory: '8Gi', queueName: 'root_queue' },
      workerSpec: [{ groupName: 'workers', cpu: '4', memory: '16Gi', queueName: 'root_queue', replica: 2 }],
    },
  });
  if (!clusterId) throw new Error('CreateRayCluster answered without a clusterId');
  const ids = { workspaceId, clusterId };
  try {
    const { cluster, attempts, elapsedMs } = await waitUntilRunning(
      {
        client,
        maxWaitTime: 15 * 60,
        onProgress: ({ attempt, state, nextDelay }) =>
          console.log(
            `check ${attempt}: ${clusterId} is ${state}` +
              (nextDelay ? `, next in ${nextDelay.toFixed(1)} s` : ''),
          ),
      },
      ids,
    );
    console.log(`${clusterId} is Running after ${attempts} checks in ${Math.round(elapsedMs / 1000)} s`);
    const { grpcEndpoint, jobUrl, submitToken } = cluster;
    await work({ clusterId, grpcEndpoint, jobUrl, submitToken });
  } catch (error) {
    // A WaiterError's message is a sentence: what was awaited, for how long, the states seen (never a token).
    if (isWaiterError(error)) console.error(error.message);
    throw error;
  } finally {
    await client.stopRayCluster(ids);
    await waitUntilStopped({ client, maxWaitTime: 5 * 60 }, ids);
    console.log(`${clusterId} is Stopped`);
  }
}
