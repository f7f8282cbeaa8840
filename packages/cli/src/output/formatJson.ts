/** The JSON `--output json` prints: two-space indented, one value, a final newline. */
export function formatJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
