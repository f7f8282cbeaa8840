import type { EmrRayClient } from '@emr-ray/client';
import type { CliOutputStream } from './CliIo';
import type { Command } from './Command';
import type { CommandContext, GlobalSettings } from './CommandContext';
import { UsageError } from './errors/UsageError';
import { formatJson } from './output/formatJson';
import type { OptionValues } from './parseCommandLine';
import { parseSeconds } from './parseSeconds';

/** Builds the context a command runs in from the parsed command line. */
export function createCommandContext(init: {
  command: Command;
  args: readonly string[];
  values: OptionValues;
  settings: GlobalSettings;
  signal: AbortSignal;
  stdout: CliOutputStream;
  stderr: CliOutputStream;
  env: Record<string, string | undefined>;
}): CommandContext {
  const { values, settings, env, stdout, stderr } = init;
  let client: Promise<EmrRayClient> | undefined;
  let doneSoFar: Record<string, unknown> = {};

  function string(name: string): string | undefined {
    const value = values[name];
    const last = Array.isArray(value) ? value[value.length - 1] : value;
    return typeof last === 'string' ? last : undefined;
  }

  function integer(name: string, bounds: { min?: number; max?: number } = {}): number | undefined {
    const text = string(name);
    if (text === undefined) return undefined;
    const value = Number(text);
    const min = bounds.min ?? Number.MIN_SAFE_INTEGER;
    const max = bounds.max ?? Number.MAX_SAFE_INTEGER;
    if (!/^-?\d+$/.test(text.trim()) || !Number.isSafeInteger(value) || value < min || value > max) {
      const range = bounds.max === undefined ? `>= ${min}` : `from ${min} to ${max}`;
      throw new UsageError(`--${name} expects an integer ${range}, got '${text}'`);
    }
    return value;
  }

  return {
    command: init.command,
    args: init.args,
    settings,
    signal: init.signal,
    stdout,
    stderr,
    env,
    string,
    strings(name) {
      const value = values[name];
      const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
      return list.filter((item): item is string => typeof item === 'string');
    },
    flag: (name) => values[name] === true,
    integer,
    seconds(name) {
      const text = string(name);
      return text === undefined ? undefined : parseSeconds(`--${name}`, text);
    },
    workspaceId() {
      if (settings.workspace) return settings.workspace;
      throw new UsageError('no workspace: pass --workspace <id> or set EMR_RAY_WORKSPACE_ID');
    },
    client() {
      // Imported on first use (it imports the client), so that `--help` and usage errors never load the client.
      client ??= import('./createApiClient').then(({ createApiClient }) => createApiClient(settings, env));
      return client;
    },
    print(json, text) {
      if (settings.output === 'json') stdout.write(formatJson(json));
      else {
        const out = text();
        if (out) stdout.write(out.endsWith('\n') ? out : `${out}\n`);
      }
    },
    log(line) {
      if (!settings.quiet) stderr.write(`${line}\n`);
    },
    done(fields) {
      doneSoFar = { ...doneSoFar, ...fields };
    },
    get doneSoFar() {
      return doneSoFar;
    },
  };
}
