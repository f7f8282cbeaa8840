import { globalOptions } from './globalOptions';

const valueOptions = new Set(
  Object.entries(globalOptions).flatMap(([name, option]) =>
    option.type === 'string' ? [`--${name}`, ...(option.short ? [`-${option.short}`] : [])] : [],
  ),
);

/**
 * Finds the command words (`clusters get`) without knowing the command's own options yet, so that only that
 * command's module is loaded. Global options may come first; the command's options must follow its words.
 */
export function findCommandWords(argv: readonly string[]): { group?: string; verb?: string } {
  const words: string[] = [];
  for (let i = 0; i < argv.length && words.length < 2; i++) {
    const token = argv[i]!;
    if (token === '--') break;
    if (token.startsWith('-') && token !== '-') {
      if (valueOptions.has(token)) i++;
      continue;
    }
    words.push(token);
  }
  return { group: words[0], verb: words[1] };
}
