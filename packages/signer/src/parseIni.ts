/** Sections of an INI text, each a map of keys to values. Keys before any section go to the section `''`. */
export type IniSections = Record<string, Record<string, string>>;

function unquote(raw: string): string {
  const value = raw.trim();
  if (value.length >= 2 && (value[0] === '"' || value[0] === "'") && value[value.length - 1] === value[0]) {
    return value.slice(1, -1);
  }
  // Like npm `ini` (what the official SDK parses with): an unescaped ; or # starts a comment; \; and \# are literal.
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const char = value[i]!;
    if (char === '\\' && (value[i + 1] === ';' || value[i + 1] === '#')) {
      out += value[++i];
    } else if (char === ';' || char === '#') {
      break;
    } else {
      out += char;
    }
  }
  return out.trim();
}

/** A small INI reader: `[section]`, `key = value`, `;` and `#` comments, quoted values. */
export function parseIni(text: string): IniSections {
  const sections: IniSections = Object.create(null) as IniSections;
  let current: Record<string, string> = (sections[''] = Object.create(null) as Record<string, string>);
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line === '' || line.startsWith(';') || line.startsWith('#')) continue;
    if (line.startsWith('[') && line.endsWith(']')) {
      const name = line.slice(1, -1).trim();
      current = sections[name] ??= Object.create(null) as Record<string, string>;
      continue;
    }
    const eq = line.indexOf('=');
    if (eq === -1) {
      current[line] = 'true';
      continue;
    }
    current[line.slice(0, eq).trim()] = unquote(line.slice(eq + 1));
  }
  return sections;
}
