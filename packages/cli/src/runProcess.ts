import { exitCodes } from './exitCodes';
import { main } from './main';

/**
 * Runs `emr-ray` as this process: SIGINT / SIGTERM abort the command (a second one exits at once), and the process
 * exits with the command's code once stdout and stderr are flushed.
 */
export async function runProcess(argv: readonly string[]): Promise<never> {
  const controller = new AbortController();
  const interrupt = (signal: NodeJS.Signals): void => {
    // A second Ctrl-C means "now": do not wait for the clean abort.
    if (controller.signal.aborted) process.exit(exitCodes.interrupted);
    controller.abort(new Error(`interrupted by ${signal}`));
  };
  process.on('SIGINT', interrupt);
  process.on('SIGTERM', interrupt);
  // `emr-ray clusters list | head -1`: once the reader is gone, drop the output but finish the command, and exit with
  // its code (an unhandled EPIPE would crash with a stack trace instead).
  process.stdout.on('error', ignoreClosedPipe);
  process.stderr.on('error', ignoreClosedPipe);
  const exitCode = await main(argv, { signal: controller.signal });
  process.off('SIGINT', interrupt);
  process.off('SIGTERM', interrupt);
  await Promise.all([flush(process.stdout), flush(process.stderr)]);
  // Exit now: idle keep-alive sockets of the client must not hold a finished command.
  return process.exit(exitCode);
}

function ignoreClosedPipe(error: NodeJS.ErrnoException): void {
  if (error.code !== 'EPIPE') throw error;
}

function flush(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => stream.write('', () => resolve()));
}
