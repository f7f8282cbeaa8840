/** `Starting 12 times, 503 ServiceUnavailable 2 times`, in the order first seen. */
export function formatObserved(observed: Readonly<Record<string, number>>): string {
  const parts = Object.entries(observed).map(
    ([state, count]) => `${state} ${count} ${count === 1 ? 'time' : 'times'}`,
  );
  return parts.length > 0 ? parts.join(', ') : 'nothing';
}
