import type { CommandGroup } from '../commandTable';

/** The text of `emr-ray <group> --help`: the group's commands. */
export function formatGroupUsage(name: string, group: CommandGroup): string {
  const verbs = Object.entries(group.commands);
  const width = Math.max(...verbs.map(([verb]) => verb.length));
  return [
    `Usage: emr-ray ${name} <command> [arguments] [options]`,
    '',
    group.summary,
    '',
    'Commands:',
    ...verbs.map(([verb, entry]) => `  ${verb.padEnd(width)}  ${entry.summary}`),
    '',
    `Run 'emr-ray ${name} <command> --help' for the arguments and options of a command.`,
    '',
  ].join('\n');
}
