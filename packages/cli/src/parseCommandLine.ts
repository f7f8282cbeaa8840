import { parseArgs } from 'node:util';
import type { CommandOption } from './Command';
import type { GlobalSettings, OutputFormat } from './CommandContext';
import { UsageError } from './errors/UsageError';
import { globalOptions } from './globalOptions';

export type OptionValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

/**
 * Parses the whole command line (global options and the command's own) with `node:util` parseArgs, strictly:
 * unknown options and missing values are usage errors. Returns the positionals after the first `skipWords`.
 */
export function parseCommandLine(
  argv: readonly string[],
  options: Readonly<Record<string, CommandOption>>,
  skipWords: number,
  env: Readonly<Record<string, string | undefined>>,
): { positionals: string[]; values: OptionValues; settings: GlobalSettings } {
  const config: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }> = {};
  for (const [name, option] of Object.entries({ ...globalOptions, ...options })) {
    config[name] = { type: option.type };
    if (option.short) config[name].short = option.short;
    if (option.multiple) config[name].multiple = true;
  }
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: config, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(describeParseError(error), { cause: error });
  }
  const values = parsed.values as OptionValues;
  return { positionals: parsed.positionals.slice(skipWords), values, settings: resolveSettings(values, env) };
}

function resolveSettings(
  values: OptionValues,
  env: Readonly<Record<string, string | undefined>>,
): GlobalSettings {
  const output = (values.output as string | undefined) ?? 'text';
  if (output !== 'text' && output !== 'json') {
    throw new UsageError(`--output expects 'text' or 'json', got '${output}'`);
  }
  return {
    workspace: nonEmpty(values.workspace) ?? nonEmpty(env.EMR_RAY_WORKSPACE_ID),
    region: nonEmpty(values.region),
    endpoint: nonEmpty(values.endpoint) ?? nonEmpty(env.EMR_RAY_ENDPOINT),
    profile: nonEmpty(values.profile),
    output: output as OutputFormat,
    showSecrets: values['show-secrets'] === true,
    quiet: values.quiet === true,
  };
}

function nonEmpty(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function describeParseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // parseArgs appends advice about '--' that does not help here.
  return message.replace(/\. To specify a positional argument.*$/s, '');
}
