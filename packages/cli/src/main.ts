import type { CliIo } from './CliIo';
import type { Command } from './Command';
import type { CommandContext } from './CommandContext';
import { commandTable } from './commandTable';
import { createCommandContext } from './createCommandContext';
import { isUsageError } from './errors/isUsageError';
import { UsageError } from './errors/UsageError';
import { exitCodes, type ExitCode } from './exitCodes';
import { findCommandWords } from './findCommandWords';
import { globalOptions } from './globalOptions';
import { formatJson } from './output/formatJson';
import { parseCommandLine } from './parseCommandLine';
import { formatCommandUsage } from './usage/formatCommandUsage';
import { formatGroupUsage } from './usage/formatGroupUsage';
import { formatTopUsage } from './usage/formatTopUsage';
import { version } from './version';

/**
 * Runs `emr-ray` with the given arguments (without `node` and the script) and resolves to the exit code.
 * Never rejects: every error is reported on stderr (and as JSON on stdout with `--output json`) and mapped to an
 * exit code here, and only here.
 */
export async function main(argv: readonly string[], io: CliIo = {}): Promise<ExitCode> {
  const stdout = io.stdout ?? process.stdout;
  const stderr = io.stderr ?? process.stderr;
  const env = io.env ?? process.env;
  const signal = io.signal ?? new AbortController().signal;
  const options = argv.slice(0, argv.includes('--') ? argv.indexOf('--') : undefined);
  let usage = formatTopUsage;
  let json = false;
  let context: CommandContext | undefined;
  try {
    if (options.includes('--version') || options.includes('-V')) {
      stdout.write(`${version}\n`);
      return exitCodes.success;
    }
    const help = options.includes('--help') || options.includes('-h');
    const { group: groupName, verb } = findCommandWords(argv);
    if (groupName === undefined) {
      parseCommandLine(argv, globalOptions, 0, env);
      if (help) return printed(stdout, formatTopUsage());
      throw new UsageError('missing command');
    }
    const group = Object.hasOwn(commandTable, groupName) ? commandTable[groupName] : undefined;
    if (group === undefined) throw new UsageError(`unknown command '${groupName}'`);
    usage = () => formatGroupUsage(groupName, group);
    if (verb === undefined) {
      if (help) return printed(stdout, usage());
      throw new UsageError(`missing command after '${groupName}'`);
    }
    const entry = Object.hasOwn(group.commands, verb) ? group.commands[verb] : undefined;
    if (entry === undefined) throw new UsageError(`unknown command '${groupName} ${verb}'`);
    const command: Command = await entry.load();
    usage = () => formatCommandUsage(command);
    if (help) return printed(stdout, usage());
    const { positionals, values, settings } = parseCommandLine(argv, command.options, 2, env);
    json = settings.output === 'json';
    checkArguments(command, positionals);
    context = createCommandContext({
      command,
      args: positionals,
      values,
      settings,
      signal,
      stdout,
      stderr,
      env,
    });
    await command.run(context);
    return exitCodes.success;
  } catch (error) {
    if (isUsageError(error)) error.usage ??= usage();
    // Imported here (it imports the client and the waiters to recognise their errors), not on the success path.
    const { describeError } = await import('./describeError');
    const report = describeError(error, signal.aborted);
    if (json && report.json) stdout.write(formatJson({ ...context?.doneSoFar, ...report.json }));
    stderr.write(report.text);
    return report.exitCode;
  }
}

function printed(stdout: { write(chunk: string): unknown }, text: string): ExitCode {
  stdout.write(text);
  return exitCodes.success;
}

function checkArguments(command: Command, positionals: readonly string[]): void {
  const required = command.args.filter((arg) => arg.required);
  if (positionals.length < required.length) {
    const missing = required.slice(positionals.length).map((arg) => `<${arg.name}>`);
    throw new UsageError(`missing ${missing.join(' ')}`);
  }
  if (positionals.length > command.args.length) {
    throw new UsageError(`unexpected argument '${positionals[command.args.length]}'`);
  }
  for (const [index, value] of positionals.entries()) {
    if (value.trim() === '') throw new UsageError(`<${command.args[index]!.name}> must not be empty`);
  }
}
