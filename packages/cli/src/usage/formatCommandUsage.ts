import type { Command } from '../Command';
import { formatOptions } from './formatOptions';

/** The text of `emr-ray <group> <command> --help`, also printed after a usage error of that command. */
export function formatCommandUsage(command: Command): string {
  const args = command.args.map((arg) => (arg.required ? `<${arg.name}>` : `[${arg.name}]`)).join(' ');
  const lines = [`Usage: emr-ray ${command.name}${args ? ` ${args}` : ''} [options]`, '', command.summary];
  if (command.details) lines.push('', command.details.trimEnd());
  if (Object.keys(command.options).length > 0) lines.push('', 'Options:', formatOptions(command.options));
  lines.push(
    '',
    'Global options: --workspace, --region, --endpoint, --profile, --output text|json, --show-secrets, --quiet',
    "(see 'emr-ray --help').",
  );
  return `${lines.join('\n')}\n`;
}
