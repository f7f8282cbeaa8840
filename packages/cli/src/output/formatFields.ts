/** A label and its value(s); rows whose value is `undefined`, `''` or an empty list are left out. */
export type Field = readonly [
  label: string,
  value: string | number | boolean | readonly string[] | undefined,
];

/** Formats labelled values as aligned lines; a list value continues on the following lines, aligned. */
export function formatFields(fields: readonly Field[]): string {
  const shown = fields.filter(
    ([, value]) => value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0),
  );
  const width = Math.max(0, ...shown.map(([label]) => label.length));
  const lines: string[] = [];
  for (const [label, value] of shown) {
    const values = Array.isArray(value) ? value : [String(value)];
    values.forEach((item, index) =>
      lines.push(`${(index === 0 ? label : '').padEnd(width)}  ${item}`.trimEnd()),
    );
  }
  return `${lines.join('\n')}\n`;
}
