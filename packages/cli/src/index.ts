export { main } from './main';
export type { CliIo, CliOutputStream } from './CliIo';
export { exitCodes } from './exitCodes';
export type { ExitCode } from './exitCodes';
export { CliExitError } from './errors/CliExitError';
export { isCliExitError } from './errors/isCliExitError';
export { UsageError } from './errors/UsageError';
export { isUsageError } from './errors/isUsageError';
export { version } from './version';
