// Replaced at build time by tsup's `define` (see tsup.config.ts), so `--version` reads no file.
declare const __EMR_RAY_CLI_VERSION__: string | undefined;

/** The version of `@emr-ray/cli`. */
export const version: string =
  typeof __EMR_RAY_CLI_VERSION__ === 'string' ? __EMR_RAY_CLI_VERSION__ : '0.0.0-development';
