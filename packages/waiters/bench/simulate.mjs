/* global process, console */
// Waiter policy simulation: how many GetRayCluster calls a wait costs and how late it notices that the cluster is
// Running, for clusters that start in 30 s, 2 min and 10 min. Runs the real waitUntilRunning (built dist) against an
// in-memory cluster on a virtual clock (the waiter's injectable now/sleep/random), so it needs no network and no time.
// Usage: node bench/simulate.mjs [--seeds 1000]
import { waitUntilRunning } from '../dist/index.js';

const seedsArg = process.argv.indexOf('--seeds');
const SEEDS = seedsArg > 0 ? Number(process.argv[seedsArg + 1]) : 1000;
const SCHEDULES = [
  { label: '30 s', ms: 30_000 },
  { label: '2 min', ms: 120_000 },
  { label: '10 min', ms: 600_000 },
];

/** AWS SDK v3 waiter backoff (@smithy/util-waiter): random in [min, min * 2^(n-1)], then maxDelay without jitter. */
const awsBackoff = (attempt, { minDelay, maxDelay, random }) => {
  const attemptCeiling = Math.log(maxDelay / minDelay) / Math.log(2) + 1;
  if (attempt > attemptCeiling) return maxDelay;
  return minDelay + random() * (minDelay * 2 ** (attempt - 1) - minDelay);
};

const POLICIES = [
  { name: 'ours (defaults), cluster state only', options: {}, nodes: false },
  { name: 'ours (defaults), with node phases', options: {}, nodes: true },
  {
    name: 'AWS default (2 s / 120 s)',
    options: { minDelay: 2, maxDelay: 120, backoff: awsBackoff },
    nodes: false,
  },
  {
    name: 'AWS EC2 InstanceRunning (15 s / 120 s)',
    options: { minDelay: 15, maxDelay: 120, backoff: awsBackoff },
    nodes: false,
  },
];

/** Small seeded PRNG so every run prints the same table. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A cluster that is Starting until `startMs`, then Running. With `nodes`, it lists its head and two workers the way
 * the fake server (@emr-ray/fixtures) does: the head turns Running after a third of the start, the workers after
 * two thirds. That timing is the fake's model, not a measurement of the real service.
 */
function simulatedCluster(clock, startMs, nodes) {
  const phase = (fraction) => (clock.t >= fraction * startMs ? 'Running' : 'Pending');
  return {
    calls: 0,
    async getRayCluster({ workspaceId, clusterId }) {
      this.calls += 1;
      const running = clock.t >= startMs;
      return {
        requestId: `req-${this.calls}`,
        clusterId,
        workspaceId,
        state: running ? 'Running' : 'Starting',
        workerSpec: [{ groupName: 'WorkerGroup1', replica: 2 }],
        instances: nodes
          ? [
              { type: 'Head', instanceId: `${clusterId}-head-a`, phase: running ? 'Running' : phase(1 / 3) },
              {
                type: 'Worker',
                instanceId: `${clusterId}-worker-b`,
                phase: running ? 'Running' : phase(2 / 3),
              },
              {
                type: 'Worker',
                instanceId: `${clusterId}-worker-c`,
                phase: running ? 'Running' : phase(2 / 3),
              },
            ]
          : undefined,
      };
    },
  };
}

async function measure(policy, startMs) {
  let calls = 0;
  let lagMs = 0;
  for (let seed = 1; seed <= SEEDS; seed++) {
    const clock = { t: 0 };
    const client = simulatedCluster(clock, startMs, policy.nodes);
    const result = await waitUntilRunning(
      {
        client,
        maxWaitTime: 3600,
        ...policy.options,
        now: () => clock.t,
        sleep: async (ms) => {
          clock.t += ms;
        },
        random: mulberry32(seed * 2654435761),
      },
      { workspaceId: 'w-bench', clusterId: 'ray-bench' },
    );
    if (result.attempts !== client.calls) throw new Error('attempts and calls disagree');
    calls += client.calls;
    lagMs += result.elapsedMs - startMs;
  }
  return { calls: calls / SEEDS, lag: lagMs / SEEDS / 1000 };
}

const rows = [];
for (const policy of POLICIES) {
  const cells = [];
  for (const schedule of SCHEDULES) cells.push(await measure(policy, schedule.ms));
  rows.push({ policy, cells });
}

const nameWidth = Math.max(...POLICIES.map((p) => p.name.length));
const cellWidth = 20;
const pad = (text, width) => String(text).padEnd(width);
const header = SCHEDULES.map((s) => pad(`Running after ${s.label}`, cellWidth)).join(' | ');
console.log(
  `waitUntilRunning simulation: mean API calls / mean detection lag, ${SEEDS} seeds per cell (virtual clock)`,
);
console.log('');
console.log(`${pad('policy', nameWidth)} | ${header}`.trimEnd());
console.log(`${'-'.repeat(nameWidth)}-|-${SCHEDULES.map(() => '-'.repeat(cellWidth)).join('-|-')}`);
for (const { policy, cells } of rows) {
  const text = cells
    .map((c) => pad(`${c.calls.toFixed(1)} calls / ${c.lag.toFixed(1)} s`, cellWidth))
    .join(' | ');
  console.log(`${pad(policy.name, nameWidth)} | ${text}`.trimEnd());
}
console.log('');
const ours = rows.filter((r) => r.policy.name.startsWith('ours'));
const lagOk = ours.every((r) => r.cells.every((c) => c.lag <= 10));
const callsOk = ours.every((r) => r.cells[2].calls <= 45);
const aws = rows.find((r) => r.policy.name.startsWith('AWS EC2')).cells[2];
const ourTen = ours[0].cells[2];
console.log(
  `goal (ours): mean lag <= 10 s on every schedule: ${lagOk ? 'met' : 'NOT MET'}; <= 45 calls at 10 min: ${callsOk ? 'met' : 'NOT MET'}`,
);
console.log(
  `at 10 min vs AWS EC2 15/120: lag ${(aws.lag / ourTen.lag).toFixed(1)}x lower, calls ${(ourTen.calls / aws.calls).toFixed(1)}x more`,
);
if (!lagOk || !callsOk) process.exitCode = 1;
