// signRequest throughput against @alicloud/openapi-util's V3 signing and against the bare crypto floor.
// Run after a build: `npm run build && npm run bench` (or `node bench/sign.bench.mjs`). Rounds are interleaved so
// machine noise hits every contender alike; figures are medians over the rounds.
/* global console */
import { Buffer } from 'node:buffer';
import { createHmac, createSecretKey, hash } from 'node:crypto';
import { createRequire } from 'node:module';
import process from 'node:process';
import {
  canonicalizeHeaders,
  canonicalizePath,
  canonicalizeQuery,
  createCanonicalRequest,
  signRequest,
} from '../dist/index.js';

const require = createRequire(import.meta.url);
const OpenApiUtil = require('@alicloud/openapi-util').default;
const TeaUtil = require('@alicloud/tea-util').default;

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const ROUND_MS = Number(process.env.BENCH_ROUND_MS ?? 200);
const ALGORITHM = 'ACS3-HMAC-SHA256';
const credentials = {
  accessKeyId: 'LTAI5tBenchmarkKeyId00',
  accessKeySecret: 'BenchmarkSecretValue0123456789',
};
const host = 'emr-serverless-spark.cn-hangzhou.aliyuncs.com';
const commonHeaders = {
  accept: 'application/json',
  'user-agent': 'AlibabaCloud (linux; x64) Node.js/v20 Core/1.0.1 TeaDSL/2',
};

function jsonBodyOf(size) {
  const workers = [];
  let body = '';
  for (let i = 0; body.length < size; i++) {
    workers.push({
      groupName: `worker-group-${i}`,
      replicas: 2,
      minReplicas: 1,
      maxReplicas: 8,
      resource: { cpu: '4', memory: '16Gi' },
    });
    body = JSON.stringify({ clusterName: 'bench-cluster', description: 'benchmark payload', workers });
  }
  return body;
}

const body4k = (() => {
  // Exactly 4096 bytes of valid JSON: pad a description field.
  const base = JSON.parse(jsonBodyOf(3900));
  let text = JSON.stringify(base);
  base.description += 'x'.repeat(4096 - Buffer.byteLength(text));
  text = JSON.stringify(base);
  if (Buffer.byteLength(text) !== 4096) throw new Error('body is not 4 KB');
  return text;
})();

const scenarios = [
  {
    name: 'GetRayCluster GET',
    method: 'GET',
    action: 'GetRayCluster',
    pathname: '/api/v1/workspaces/w-1234567890abcdef/rayCluster/rc-abcdef1234567890',
    query: { regionId: 'cn-hangzhou' },
    body: undefined,
  },
  {
    name: '4 KB JSON POST',
    method: 'POST',
    action: 'CreateRayCluster',
    pathname: '/api/v1/workspaces/w-1234567890abcdef/rayCluster',
    query: { regionId: 'cn-hangzhou' },
    body: body4k,
  },
];

for (const s of scenarios) {
  s.url = `https://${host}${s.pathname}?regionId=cn-hangzhou`;

  s.ours = (date, nonce) =>
    signRequest({ method: s.method, url: s.url, headers: commonHeaders, body: s.body }, credentials, {
      action: s.action,
      version: '2023-08-08',
      date,
      nonce,
    }).authorization;

  // What @alicloud/openapi-core does per attempt for a V3 call, through openapi-util's exported helpers.
  s.official = (timestamp, nonce) => {
    const request = {
      method: s.method,
      pathname: s.pathname,
      query: { ...s.query },
      headers: {
        host,
        'x-acs-version': '2023-08-08',
        'x-acs-action': s.action,
        ...commonHeaders,
        'x-acs-date': timestamp ?? OpenApiUtil.getTimestamp(),
        'x-acs-signature-nonce': nonce ?? TeaUtil.getNonce(),
      },
    };
    let payload = OpenApiUtil.hash(Buffer.from('', 'utf-8'), ALGORITHM);
    if (s.body !== undefined) {
      payload = OpenApiUtil.hash(Buffer.from(s.body, 'utf8'), ALGORITHM);
      request.headers['content-type'] = 'application/json; charset=utf-8';
    }
    const hashed = OpenApiUtil.hexEncode(payload);
    request.headers['x-acs-content-sha256'] = hashed;
    return OpenApiUtil.getAuthorization(
      request,
      ALGORITHM,
      hashed,
      credentials.accessKeyId,
      credentials.accessKeySecret,
    );
  };

  // Floor: the SHA-256 of the payload, the SHA-256 of a canonical request of this request's real size, and the HMAC.
  const headers = signRequest(
    { method: s.method, url: s.url, headers: commonHeaders, body: s.body },
    credentials,
    { action: s.action, version: '2023-08-08' },
  );
  const { canonicalHeaders, signedHeaders } = canonicalizeHeaders(headers);
  const canonical = createCanonicalRequest({
    method: s.method,
    canonicalUri: canonicalizePath(s.pathname),
    canonicalQuery: canonicalizeQuery('regionId=cn-hangzhou'),
    canonicalHeaders,
    signedHeaders,
    hashedPayload: headers['x-acs-content-sha256'],
  });
  const payload = s.body ?? '';
  // The fastest primitives Node offers, as ours uses: one-shot crypto.hash and an HMAC key object made once.
  const floorKey = createSecretKey(Buffer.from(credentials.accessKeySecret, 'utf8'));
  s.canonicalBytes = Buffer.byteLength(canonical);
  s.floor = () => {
    hash('sha256', payload, 'hex');
    const stringToSign = ALGORITHM + '\n' + hash('sha256', canonical, 'hex');
    return createHmac('sha256', floorKey).update(stringToSign).digest('hex');
  };
}

// Fairness check: with the same date and nonce both signers must produce the same Authorization.
for (const s of scenarios) {
  const date = new Date('2025-01-02T03:04:05Z');
  const ours = s.ours(date, 'fixed-nonce');
  const official = s.official('2025-01-02T03:04:05Z', 'fixed-nonce');
  if (ours !== official)
    throw new Error(`${s.name}: signers disagree\n ours:     ${ours}\n official: ${official}`);
}

let sink = 0;
function measure(fn) {
  let ops = 0;
  const start = process.hrtime.bigint();
  const deadline = start + BigInt(ROUND_MS) * 1_000_000n;
  let now = start;
  while (now < deadline) {
    for (let i = 0; i < 200; i++) sink += fn().length;
    ops += 200;
    now = process.hrtime.bigint();
  }
  return (ops * 1e9) / Number(now - start);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const contenders = ['ours', 'official', 'floor'];
for (const s of scenarios) {
  s.samples = { ours: [], official: [], floor: [] };
  s.ratioSamples = { official: [], floor: [] };
  for (const c of contenders) measure(() => s[c]()); // warm-up
}
for (let round = 0; round < ROUNDS; round++) {
  for (const s of scenarios) {
    const order = contenders.map((_, i) => contenders[(i + round) % contenders.length]);
    const got = {};
    for (const c of order) got[c] = measure(() => s[c]());
    for (const c of contenders) s.samples[c].push(got[c]);
    s.ratioSamples.official.push(got.ours / got.official);
    s.ratioSamples.floor.push(got.floor / got.ours);
  }
}

const fmt = (n) => Math.round(n).toLocaleString('en-US');
console.log(
  `signRequest benchmark: Node ${process.version}, ${ROUNDS} interleaved rounds of ${ROUND_MS} ms per contender, medians`,
);
console.log(`Authorization of ours and @alicloud/openapi-util identical for a fixed date and nonce: yes`);
console.log('');
const header = ['request', 'ours ops/s', 'official ops/s', 'floor ops/s', 'ours/official', 'floor/ours'];
const rows = scenarios.map((s) => [
  `${s.name} (body ${Buffer.byteLength(s.body ?? '')} B, canonical ${s.canonicalBytes} B)`,
  fmt(median(s.samples.ours)),
  fmt(median(s.samples.official)),
  fmt(median(s.samples.floor)),
  median(s.ratioSamples.official).toFixed(2) + 'x',
  median(s.ratioSamples.floor).toFixed(2) + 'x',
]);
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
for (const row of [header, ...rows])
  console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  '));
console.log('');
let met = true;
for (const s of scenarios) {
  const vsOfficial = median(s.ratioSamples.official);
  const vsFloor = median(s.ratioSamples.floor);
  const ok = vsOfficial >= 1.25 && vsFloor <= 2;
  met &&= ok;
  console.log(
    `${s.name}: ${vsOfficial.toFixed(2)}x the official signer (goal >= 1.25x), floor is ${vsFloor.toFixed(2)}x ours (goal <= 2x): ${ok ? 'met' : 'NOT met'}`,
  );
}
console.log(met ? 'all goals met' : 'some goals NOT met');
if (sink === 0) console.log('(unreachable)');
