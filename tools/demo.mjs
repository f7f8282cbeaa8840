#!/usr/bin/env node
// `npm run demo`: the whole project in a few seconds. A fake EMR Serverless Spark server (real HTTP on 127.0.0.1,
// every request signed and verified) plays the cloud; the SDK creates a Ray cluster, waits for it, runs a job,
// stops and deletes the cluster, exactly as a deploy script would against the real API.
// Everything is imported from the packages' published entry points, as a user would.
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { createClient, redact, redactText } from '@emr-ray/client';
import { startFakeServer } from '@emr-ray/fixtures';
import { waitUntilDeleted, waitUntilJobFinished, waitUntilRunning, waitUntilStopped } from '@emr-ray/waiters';

const color = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code) => (text) => (color ? `\x1b[${code}m${text}\x1b[0m` : text);
const bold = paint('1');
const dim = paint('2');
const green = paint('32');
const cyan = paint('36');

const started = Date.now();
let step = 0;
const heading = (text) => console.log(`\n${bold(`${++step}. ${text}`)}`);
const detail = (label, value) => console.log(`   ${dim(label.padEnd(14))} ${value}`);
const seconds = (ms) => `${(ms / 1000).toFixed(1)}s`;

/** Prints each state a waiter sees, once, with the time since the wait began. */
function progress() {
  let last;
  return ({ state, elapsedMs, attempt }) => {
    if (state === last) return;
    last = state;
    console.log(`   ${dim(seconds(elapsedMs).padStart(6))}  ${cyan(state)} ${dim(`(check ${attempt})`)}`);
  };
}

// The fake starts a cluster in 3 s and runs a job in about 3 s, on the real clock. (The real service takes minutes;
// the waiters' default delays suit that. Here they poll every half second so the demo stays short.)
const fake = await startFakeServer({
  transitions: {
    clusterStarting: { afterMs: 3000 },
    clusterStopping: { afterMs: 1500 },
    jobSubmitted: { afterMs: 500 },
    jobPending: { afterMs: 1000 },
    jobRunning: { afterMs: 1500 },
  },
});
const timing = { minDelay: 0.5, maxDelay: 1, maxWaitTime: 60 };
const workspaceId = 'w-demo0000001';

try {
  console.log(bold('emr-ray demo: a Ray cluster lifecycle against the fake EMR Serverless Spark server'));
  detail('endpoint', fake.endpoint);
  detail('access key', `${fake.credentials.accessKeyId} ${dim('(the secret stays secret)')}`);

  // In a real deploy: createClient({ region: 'cn-hangzhou' }) and credentials from the environment.
  const client = createClient({ endpoint: fake.endpoint, credentials: fake.credentials });

  heading('Create a Ray cluster');
  const { clusterId } = await client.createRayCluster({
    workspaceId,
    body: {
      name: 'demo-cluster',
      headSpec: { cpu: '2', memory: '8Gi' },
      workerSpec: [{ groupName: 'workers', cpu: '4', memory: '16Gi', replica: 2 }],
    },
  });
  detail('cluster id', clusterId);

  heading('Wait until it is Running');
  const running = await waitUntilRunning(
    { client, ...timing, onProgress: progress() },
    { workspaceId, clusterId },
  );
  console.log(`   ${green('Running')} after ${seconds(running.elapsedMs)} and ${running.attempts} checks`);

  heading('Its endpoints (secrets redacted)');
  const cluster = redact(running.cluster);
  detail('job URL', cluster.jobUrl);
  detail('job URL (VPC)', cluster.jobUrlInner);
  detail('gRPC', cluster.grpcEndpoint);
  detail('dashboard', cluster.dashboardUrl);
  detail('submit token', cluster.submitToken);
  for (const node of cluster.instances ?? []) detail(node.type, `${node.instanceId} ${dim(node.phase)}`);

  heading('The same cluster from a shell, with the emr-ray CLI');
  const cli = join(
    dirname(createRequire(import.meta.url).resolve('@emr-ray/cli/package.json')),
    'bin',
    'emr-ray.js',
  );
  const { stdout } = await promisify(execFile)(process.execPath, [cli, 'clusters', 'list'], {
    env: {
      ...process.env,
      ALIBABA_CLOUD_SECURITY_TOKEN: '',
      EMR_RAY_ENDPOINT: fake.endpoint,
      EMR_RAY_WORKSPACE_ID: workspaceId,
      ALIBABA_CLOUD_ACCESS_KEY_ID: fake.credentials.accessKeyId,
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: fake.credentials.accessKeySecret,
    },
  });
  console.log(dim('   $ emr-ray clusters list'));
  console.log(stdout.trimEnd().replace(/^/gm, '   '));

  heading('Submit a Ray job and wait until it finishes');
  const { submissionId } = await client.submitRayJob({
    workspaceId,
    body: {
      name: 'demo-job',
      entrypoint: 'python -c "import ray; ray.init(); print(ray.cluster_resources())"',
    },
  });
  detail('job id', submissionId);
  const job = await waitUntilJobFinished(
    { client, ...timing, onProgress: progress() },
    { workspaceId, submissionId },
  );
  console.log(`   ${green(job.job.status)} after ${seconds(job.elapsedMs)}: ${job.job.message ?? ''}`);

  heading('Stop the cluster and wait until it is Stopped');
  await client.stopRayCluster({ workspaceId, clusterId });
  const stopped = await waitUntilStopped(
    { client, ...timing, onProgress: progress() },
    { workspaceId, clusterId },
  );
  console.log(`   ${green('Stopped')} after ${seconds(stopped.elapsedMs)}`);

  heading('Delete it and wait until it is gone');
  await client.deleteRayCluster({ workspaceId, clusterId });
  const deleted = await waitUntilDeleted(
    { client, ...timing, onProgress: progress() },
    { workspaceId, clusterId },
  );
  console.log(`   ${green('Deleted')} after ${seconds(deleted.elapsedMs)}`);

  console.log(
    `\n${green(bold('Done'))} in ${seconds(Date.now() - started)}: ${fake.requests.length} signed API calls, ` +
      'each signature verified by the fake server.',
  );
  console.log(
    dim('Next: examples/deploy.sh does the same from a shell script; see the README for credentials.'),
  );
} catch (error) {
  console.error(`\ndemo failed: ${redactText(error instanceof Error ? error.message : String(error))}`);
  process.exitCode = 1;
} finally {
  await fake.close();
}
