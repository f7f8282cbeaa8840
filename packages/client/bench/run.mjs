// Benchmarks of @emr-ray/client, printed as ratios measured in one run (never asserted in tests).
//   node bench/run.mjs            throughput + load cost
//   node bench/run.mjs --only=throughput|load
// Env: BENCH_ROUNDS (default 5), BENCH_WINDOW_MS (default 1000), BENCH_LOAD_RUNS (default 21).
// Needs the built client (npm run build); `npm run bench` through nx builds it first.
import { spawn, spawnSync } from 'node:child_process';
import http from 'node:http';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { signRequest } from '@emr-ray/signer';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('../../../', import.meta.url));
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const WINDOW_MS = Number(process.env.BENCH_WINDOW_MS ?? 1000);
const LOAD_RUNS = Number(process.env.BENCH_LOAD_RUNS ?? 21);
const CONCURRENCY = 16;
const WS = 'w-d2d82aa09155';
const CLUSTER = 'ray-k7nm8ahl5te4tg91';
const PATH = `/api/v1/workspaces/${WS}/rayCluster/${CLUSTER}`;
const credentials = { accessKeyId: 'LTAI-bench-key', accessKeySecret: 'bench-secret-value' };

const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (n, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function startServer() {
  const child = spawn(process.execPath, [fileURLToPath(new URL('./server.mjs', import.meta.url))], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const port = await new Promise((resolve, reject) => {
    child.once('error', reject);
    child.stdout.once('data', (chunk) => resolve(Number(String(chunk).trim())));
  });
  return { port, stop: () => child.stdin.end() };
}

function floorRequester(port) {
  const agent = new http.Agent({ keepAlive: true });
  const get = () =>
    new Promise((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port,
          path: PATH,
          method: 'GET',
          agent,
          headers: { accept: 'application/json' },
        },
        (res) => {
          const chunks = [];
          res.on('data', (c) => chunks.push(c));
          res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end();
    });
  return { get, close: () => agent.destroy() };
}

function ceilingRequester(port) {
  // The least a signed, decoded call can cost over node:http: sign, send the same headers, JSON.parse. No retries,
  // timeout, error typing or model decoding: the gap between this row and the floor is what signing and parsing cost.
  const agent = new http.Agent({ keepAlive: true });
  const url = new URL(`http://127.0.0.1:${port}${PATH}`);
  const get = () =>
    new Promise((resolve, reject) => {
      const headers = signRequest(
        { method: 'GET', url, headers: { accept: 'application/json', 'user-agent': 'bench' } },
        credentials,
        { action: 'GetRayCluster', version: '2023-08-08' },
      );
      const req = http.request(
        { host: '127.0.0.1', port, path: PATH, method: 'GET', agent, headers },
        (res) => {
          const chunks = [];
          res.on('data', (c) => chunks.push(c));
          res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end();
    });
  return { get, close: () => agent.destroy() };
}

async function oursRequester(port, options = {}) {
  const { createClient } = await import('@emr-ray/client');
  const client = createClient({ endpoint: `http://127.0.0.1:${port}`, credentials, ...options });
  const params = { workspaceId: WS, clusterId: CLUSTER };
  return { get: () => client.getRayCluster(params), close: () => client.destroy() };
}

function officialRequester(port) {
  const OpenApi = require('@alicloud/openapi-core');
  const $dara = createRequire(require.resolve('@alicloud/openapi-core'))('@darabonba/typescript');
  const { $OpenApiUtil } = OpenApi;
  const client = new OpenApi.default(
    new $OpenApiUtil.Config({
      ...credentials,
      endpoint: `127.0.0.1:${port}`,
      protocol: 'http',
      regionId: 'cn-hangzhou',
    }),
  );
  // What the product SDK's getRayClusterWithOptions builds (style ROA, JSON), through the public callApi.
  const params = new $OpenApiUtil.Params({
    action: 'GetRayCluster',
    version: '2023-08-08',
    protocol: 'HTTPS',
    pathname: PATH,
    method: 'GET',
    authType: 'AK',
    style: 'ROA',
    reqBodyType: 'json',
    bodyType: 'json',
  });
  const runtime = new $dara.RuntimeOptions({});
  return {
    get: () => client.callApi(params, new $OpenApiUtil.OpenApiRequest({ headers: {} }), runtime),
    close: () => {},
  };
}

async function generatedRequester(port) {
  // The generated typescript-fetch API class, with a fetchApi that signs and sends over a keep-alive agent: what
  // routing calls through the generated classes would cost compared with the client's direct path.
  const { RayClusterApi, Configuration } = await import('@emr-ray/client');
  const agent = new http.Agent({ keepAlive: true });
  const fetchApi = (url, init) =>
    new Promise((resolve, reject) => {
      const u = new URL(url);
      const headers = signRequest(
        { method: init.method, url: u, headers: { accept: 'application/json' }, body: init.body },
        credentials,
        {
          action: 'GetRayCluster',
          version: '2023-08-08',
        },
      );
      const req = http.request(
        { host: u.hostname, port: u.port, path: u.pathname + u.search, method: init.method, headers, agent },
        (res) => {
          const chunks = [];
          res.on('data', (c) => chunks.push(c));
          res.on('end', () =>
            resolve(
              new Response(Buffer.concat(chunks), {
                status: res.statusCode,
                headers: { 'content-type': 'application/json' },
              }),
            ),
          );
        },
      );
      req.on('error', reject);
      req.end(init.body);
    });
  const api = new RayClusterApi(new Configuration({ basePath: `http://127.0.0.1:${port}`, fetchApi }));
  const params = { workspaceId: WS, clusterId: CLUSTER };
  return { get: () => api.getRayCluster(params), close: () => agent.destroy() };
}

async function rate(get, concurrency, windowMs) {
  let count = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  const end = started + windowMs;
  const worker = async () => {
    while (performance.now() < end) {
      await get();
      count++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const used = process.cpuUsage(cpu);
  return {
    rate: count / ((performance.now() - started) / 1000),
    cpuPerRequest: (used.user + used.system) / count,
  };
}

async function throughput() {
  const server = await startServer();
  const impls = {
    'floor: bare node:http keep-alive GET (no signing)': floorRequester(server.port),
    'ours: @emr-ray/client getRayCluster (signed)': await oursRequester(server.port),
    'official: @alicloud/openapi-core callApi (signed)': officialRequester(server.port),
    'generated RayClusterApi + signing fetchApi': await generatedRequester(server.port),
    'ceiling: hand-written signed GET + JSON.parse': ceilingRequester(server.port),
    'ours with options.fetch = global fetch': await oursRequester(server.port, { fetch: globalThis.fetch }),
    "ours with transport: 'node-http'": await oursRequester(server.port, { transport: 'node-http' }),
  };
  const names = Object.keys(impls);
  for (const name of names) for (let i = 0; i < 300; i++) await impls[name].get(); // warm up JIT and sockets

  console.log(
    `\nThroughput: GetRayCluster against a loopback node:http server (separate process), ${ROUNDS} interleaved rounds of ${WINDOW_MS} ms, median req/s`,
  );
  const results = {};
  const cpuResults = {};
  for (const [mode, concurrency] of [
    ['sequential', 1],
    [`${CONCURRENCY}-way concurrent`, CONCURRENCY],
  ]) {
    const samples = Object.fromEntries(names.map((n) => [n, []]));
    const cpu = Object.fromEntries(names.map((n) => [n, []]));
    for (let round = 0; round < ROUNDS; round++) {
      const order = names.map((_, i) => names[(i + round) % names.length]);
      for (const name of order) {
        const sample = await rate(impls[name].get, concurrency, WINDOW_MS);
        samples[name].push(sample.rate);
        cpu[name].push(sample.cpuPerRequest);
      }
    }
    results[mode] = Object.fromEntries(names.map((n) => [n, median(samples[n])]));
    cpuResults[mode] = Object.fromEntries(names.map((n) => [n, median(cpu[n])]));
  }
  for (const impl of Object.values(impls)) impl.close();
  server.stop();

  for (const [mode, r] of Object.entries(results)) {
    const [floor, ours, official, generated, ceiling, viaFetch, viaNodeHttp] = names.map((n) => r[n]);
    console.log(`\n  ${mode}`);
    for (const n of names) {
      const cpuUs = cpuResults[mode][n];
      console.log(
        `    ${n.padEnd(52)} ${fmt(r[n]).padStart(8)} req/s  ${fmt(cpuUs, 1).padStart(6)} µs client CPU/req`,
      );
    }
    console.log(`    ours / floor     = ${fmt(ours / floor, 2)}x   (goal >= 0.80x)`);
    console.log(`    ours / official  = ${fmt(ours / official, 2)}x   (goal >= 1.80x)`);
    console.log(
      `    ours / generated = ${fmt(ours / generated, 2)}x   (routing through the generated API classes)`,
    );
    console.log(
      `    ours / ceiling   = ${fmt(ours / ceiling, 2)}x   (ceiling / floor = ${fmt(ceiling / floor, 2)}x: signing + parsing alone)`,
    );
    console.log(
      `    ours / via fetch = ${fmt(ours / viaFetch, 2)}x   (default net transport vs global fetch)`,
    );
    console.log(
      `    ours / node-http = ${fmt(ours / viaNodeHttp, 2)}x   (default net transport vs the node:http one; node-http / floor = ${fmt(viaNodeHttp / floor, 2)}x)`,
    );
  }
}

function loadCost() {
  const report = 'process.stdout.write(String(process.resourceUsage().maxRSS))';
  const cases = {
    'node -e ""': ['-e', report],
    "require('@emr-ray/client')": ['-e', `require('@emr-ray/client');${report}`],
    "import '@emr-ray/client'": ['--input-type=module', '-e', `import '@emr-ray/client';${report}`],
    "require('@alicloud/openapi-core')": ['-e', `require('@alicloud/openapi-core');${report}`],
  };
  const names = Object.keys(cases);
  const wall = Object.fromEntries(names.map((n) => [n, []]));
  const rss = Object.fromEntries(names.map((n) => [n, []]));
  for (let run = 0; run < LOAD_RUNS + 1; run++) {
    for (const name of names) {
      const started = process.hrtime.bigint();
      const child = spawnSync(process.execPath, cases[name], { cwd: root, encoding: 'utf8' });
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (child.status !== 0) throw new Error(`${name} failed: ${child.stderr}`);
      if (run === 0) continue; // the first round warms the file cache
      wall[name].push(ms);
      rss[name].push(Number(child.stdout) / 1024);
    }
  }
  const bare = names[0];
  console.log(
    `\nLoad cost: ${LOAD_RUNS} interleaved spawns each, median wall time and peak RSS (maxRSS of the child)`,
  );
  for (const name of names) {
    const w = median(wall[name]);
    const m = median(rss[name]);
    const added =
      name === bare
        ? ''
        : `   added: ${fmt(w - median(wall[bare]), 1).padStart(6)} ms  ${fmt(m - median(rss[bare]), 1).padStart(5)} MiB`;
    console.log(`  ${name.padEnd(36)} ${fmt(w, 1).padStart(7)} ms  ${fmt(m, 1).padStart(6)} MiB${added}`);
  }
  console.log('  goal for @emr-ray/client: <= 25 ms and <= 5 MiB added');
}

console.log(
  `node ${process.version}, ${process.platform} ${process.arch}, ${(await import('node:os')).cpus().length} CPUs`,
);
if (only !== 'load') await throughput();
if (only !== 'throughput') loadCost();
