// A loopback HTTP server for the benchmarks, run in its own process so that it does not share the client's CPU.
// It answers every request with the documented GetRayCluster example and prints its port on stdout.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const body = readFileSync(new URL('../../../openapi/examples/get-ray-cluster.json', import.meta.url));
const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(200, {
      'content-type': 'application/json;charset=utf-8',
      'content-length': body.length,
      'x-acs-request-id': 'DD6B1B2A-5837-5237-ABE4-FF0C8944',
    });
    res.end(body);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => process.stdout.write(`${server.address().port}\n`));
process.on('disconnect', () => process.exit(0));
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
