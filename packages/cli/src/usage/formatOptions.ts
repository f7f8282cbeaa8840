import type { CommandOption } from '../Command';

/** Formats options as an aligned two-column list, e.g. `  -w, --workspace <id>   The workspace id...`. */
export function formatOptions(options: Readonly<Record<string, CommandOption>>): string {
  const rows = Object.entries(options).map(([name, option]) => {
    const short = option.short ? `-${option.short}, ` : '    ';
    const value = option.type === 'string' ? ` ${option.valueName ?? '<value>'}` : '';
    const repeat = option.multiple ? ' ...' : '';
    return [`${short}--${name}${value}${repeat}`, option.description] as const;
  });
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`).join('\n');
}
