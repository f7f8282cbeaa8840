/**
 * Lower-cases header names and merges repeated ones (`x-acs-Test` and `x-acs-test`, or an array value): values
 * trimmed, sorted and joined with `,` as the V3 canonical form requires. Undefined values are dropped, and so is the
 * lower-case name `omit` if given (so callers never need `delete`, which would slow the object down).
 */
export function normalizeHeaders(
  headers: Readonly<Record<string, string | readonly string[] | undefined>>,
  omit?: string,
): Record<string, string> {
  const out: Record<string, string> = {};
  let repeated: Map<string, string[]> | undefined;
  for (const key of Object.keys(headers)) {
    const raw = headers[key];
    if (raw === undefined) continue;
    const name = key.toLowerCase();
    if (name === omit) continue;
    if (typeof raw === 'string' && !Object.hasOwn(out, name)) {
      out[name] = raw.trim();
      continue;
    }
    repeated ??= new Map();
    let values = repeated.get(name);
    if (values === undefined) {
      values = Object.hasOwn(out, name) ? [out[name]!] : [];
      repeated.set(name, values);
    }
    if (typeof raw === 'string') values.push(raw.trim());
    else for (const value of raw) values.push(String(value).trim());
  }
  if (repeated !== undefined) {
    for (const [name, values] of repeated) out[name] = values.sort().join(',');
  }
  return out;
}
