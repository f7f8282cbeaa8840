/** `0.25 s`, `12.5 s`, `10 min 3 s`, `2 h 5 min`: for messages. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return `${ms} ms`;
  const totalSeconds = Math.max(0, ms) / 1000;
  if (totalSeconds < 60) return `${Number(totalSeconds.toFixed(totalSeconds < 1 ? 3 : 1))} s`;
  const wholeSeconds = Math.round(totalSeconds);
  const hours = Math.floor(wholeSeconds / 3600);
  const minutes = Math.floor((wholeSeconds % 3600) / 60);
  const seconds = wholeSeconds % 60;
  if (hours > 0) return minutes > 0 ? `${hours} h ${minutes} min` : `${hours} h`;
  return seconds > 0 ? `${minutes} min ${seconds} s` : `${minutes} min`;
}
