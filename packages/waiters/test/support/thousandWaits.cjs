/* global AbortController */
// Runs 1,000 waits that share one long-lived AbortSignal against the fake, prints what is left on the signal, and
// ends without process.exit: the parent test checks that the process exits on its own (no timer or socket left).
require('./registerTs.cjs');
const { getEventListeners, setMaxListeners } = require('node:events');
const { createClient } = require('@emr-ray/client');
const { startFakeServer } = require('@emr-ray/fixtures');
const { waitsOnOneSignal } = require('./waitsOnOneSignal.ts');

async function main() {
  const fake = await startFakeServer({ transitions: { clusterStarting: { afterReads: 1 } } });
  const client = createClient({ endpoint: fake.endpoint, credentials: fake.credentials, retry: false });
  const controller = new AbortController();
  const signal = controller.signal;
  // 20 waits in flight hold up to 20 listeners at once (one each): more than Node's warning threshold of 10
  setMaxListeners(50, signal);
  const { attempts, maxListeners } = await waitsOnOneSignal({ fake, client, signal, concurrency: 20 });
  const left = getEventListeners(signal, 'abort').length;
  await fake.close();
  process.stdout.write(JSON.stringify({ waits: 1000, attempts, maxListeners, left }) + '\n');
}

main().catch((error) => {
  process.stderr.write(String(error && error.stack) + '\n');
  process.exitCode = 1;
});
