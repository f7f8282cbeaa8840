/** `text` without surrounding blanks and trailing periods, so that it reads well inside a sentence. */
export function trimPeriod(text: string): string {
  return String(text).trim().replace(/\.+$/, '');
}
