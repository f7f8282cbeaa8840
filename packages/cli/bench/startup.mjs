#!/usr/bin/env node
// Startup benchmark of the built `emr-ray` bin: median wall time of `emr-ray --version` and `emr-ray clusters get`
// (against a fake server started here) beside a bare `node -e ''`, over interleaved runs so that machine noise hits
// every command alike. Goal: `--version` at most 1.3x a bare node start (the entry loads no command, client or yaml).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startFakeServer } from '@emr-ray/fixtures';

const runs = Number(process.env.BENCH_RUNS ?? 40);
const warmup = 3;
const bin = join(dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'emr-ray.js');

const fake = await startFakeServer();
const workspaceId = 'w-bench0000001';
const clusterId = fake.seedCluster(workspaceId, { name: 'bench', state: 'Running' });
const home = mkdtempSync(join(tmpdir(), 'emr-ray-bench-'));
const env = {
  PATH: process.env.PATH ?? '',
  HOME: home,
  ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true',
  ALIBABA_CLOUD_ACCESS_KEY_ID: fake.credentials.accessKeyId,
  ALIBABA_CLOUD_ACCESS_KEY_SECRET: fake.credentials.accessKeySecret,
  EMR_RAY_ENDPOINT: fake.endpoint,
  EMR_RAY_WORKSPACE_ID: workspaceId,
};

const commands = [
  { label: "node -e ''", args: ['-e', ''] },
  { label: 'emr-ray --version', args: [bin, '--version'] },
  { label: 'emr-ray clusters get <id>', args: [bin, 'clusters', 'get', clusterId] },
];

function timeOnce(args) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (code === 0) resolve(ms);
      else reject(new Error(`${args.join(' ')} exited ${code}: ${stderr}`));
    });
  });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

try {
  const times = commands.map(() => []);
  for (let round = 0; round < warmup + runs; round++) {
    // Rotate the order each round so that no command always runs first (or right after a cold cache).
    for (let k = 0; k < commands.length; k++) {
      const i = (round + k) % commands.length;
      const ms = await timeOnce(commands[i].args);
      if (round >= warmup) times[i].push(ms);
    }
  }
  const base = median(times[0]);
  console.log(`emr-ray startup: median wall time of ${runs} interleaved runs each (node ${process.version})`);
  for (const [i, command] of commands.entries()) {
    const m = median(times[i]);
    const note = i === 1 ? '  (goal <= 1.30x)' : i === 2 ? '  (one signed call to the fake server)' : '';
    console.log(
      `  ${command.label.padEnd(28)} ${m.toFixed(1).padStart(7)} ms  ${(m / base).toFixed(2)}x${note}`,
    );
  }
} finally {
  await fake.close();
  rmSync(home, { recursive: true, force: true });
}
