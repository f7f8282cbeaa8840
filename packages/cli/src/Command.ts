import type { CommandContext } from './CommandContext';

/** One option of a command, as given to `node:util` parseArgs plus what its usage text shows. */
export interface CommandOption {
  type: 'string' | 'boolean';
  short?: string;
  /** May be given more than once; the values are collected in order. */
  multiple?: boolean;
  /** The value's placeholder in the usage text, e.g. `<seconds>`. */
  valueName?: string;
  description: string;
}

/** A positional argument of a command. */
export interface CommandArgument {
  name: string;
  required: boolean;
}

/** A command of `emr-ray`, e.g. `clusters get`. Each lives in its own file under `src/commands/<group>/`. */
export interface Command {
  /** The command words, e.g. `clusters get`. */
  name: string;
  /** One line, shown in the command list. */
  summary: string;
  /** More text for the command's `--help`: what it prints, examples. */
  details?: string;
  args: readonly CommandArgument[];
  options: Readonly<Record<string, CommandOption>>;
  run(context: CommandContext): Promise<void>;
}
