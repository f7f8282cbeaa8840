import type { CliOutputStream } from '../CliIo';
import { formatElapsed } from '../output/formatElapsed';
import type { ProgressEvent, ProgressReporter } from './ProgressReporter';

const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
const CLEAR_LINE = '\r\x1b[2K';

/** Options of `createProgressReporter`. */
export interface ProgressReporterOptions {
  /**
   * Refresh period of the live line on a terminal, in milliseconds (spinner and elapsed time move between calls).
   * @default 200
   */
  tickMs?: number;
  /**
   * For tests: the current time in epoch milliseconds.
   * @default Date.now
   */
  now?: () => number;
}

/**
 * On a terminal (`stream.isTTY`): one live line, rewritten in place, with the state, the elapsed time and the
 * attempt. Otherwise (a pipe, a CI log): one line per state change.
 */
export function createProgressReporter(
  stream: CliOutputStream,
  subject: string,
  options: ProgressReporterOptions = {},
): ProgressReporter {
  const tickMs = options.tickMs ?? 200;
  const now = options.now ?? Date.now;
  const line = (event: ProgressEvent, elapsedMs: number): string =>
    `${subject}: ${event.state} · ${formatElapsed(elapsedMs)} · attempt ${event.attempt}`;

  if (!stream.isTTY) {
    let lastState: string | undefined;
    return {
      update(event) {
        if (event.state === lastState) return;
        lastState = event.state;
        stream.write(
          `${subject}: ${event.state} (${formatElapsed(event.elapsedMs)}, attempt ${event.attempt})\n`,
        );
      },
      end() {},
    };
  }

  let last: { event: ProgressEvent; at: number } | undefined;
  let frame = 0;
  let timer: ReturnType<typeof setInterval> | undefined;
  const render = (): void => {
    if (!last) return;
    const text = `${SPINNER[frame % SPINNER.length]} ${line(last.event, last.event.elapsedMs + now() - last.at)}`;
    const width = stream.columns && stream.columns > 10 ? stream.columns - 1 : text.length;
    stream.write(`${CLEAR_LINE}${text.slice(0, width)}`);
  };
  return {
    update(event) {
      last = { event, at: now() };
      render();
      timer ??= setInterval(() => {
        frame++;
        render();
      }, tickMs);
      timer.unref?.();
    },
    end() {
      if (timer) clearInterval(timer);
      timer = undefined;
      if (last) stream.write(`${CLEAR_LINE}${line(last.event, last.event.elapsedMs)}\n`);
      last = undefined;
    },
  };
}
