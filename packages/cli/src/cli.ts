// The module bin/emr-ray.js imports: runs `emr-ray` in this process and exits with its code.
import { exitCodes } from './exitCodes';
import { main } from './main';

const controller = new AbortController();

function interrupt(signal: NodeJS.Signals): void {
  // A second Ctrl-C means "now": do not wait for the clean abort.
  if (controller.signal.aborted) process.exit(exitCodes.interrupted);
  controller.abort(new Error(`interrupted by ${signal}`));
}

process.on('SIGINT', interrupt);
process.on('SIGTERM', interrupt);

void main(process.argv.slice(2), { signal: controller.signal }).then(async (exitCode) => {
  process.off('SIGINT', interrupt);
  process.off('SIGTERM', interrupt);
  await Promise.all([flush(process.stdout), flush(process.stderr)]);
  // Exit now: idle keep-alive sockets of the client must not hold a finished command.
  process.exit(exitCode);
});

function flush(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => stream.write('', () => resolve()));
}
