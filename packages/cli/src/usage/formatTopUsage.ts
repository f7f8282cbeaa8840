import { commandTable } from '../commandTable';
import { globalOptions } from '../globalOptions';
import { exitCodeHelp } from './exitCodeHelp';
import { formatOptions } from './formatOptions';

/** The text of `emr-ray --help`. */
export function formatTopUsage(): string {
  const commands = Object.entries(commandTable).flatMap(([group, { commands }]) =>
    Object.entries(commands).map(([verb, entry]) => [`${group} ${verb}`, entry.summary] as const),
  );
  const width = Math.max(...commands.map(([name]) => name.length));
  return `emr-ray: Ray clusters and jobs of Alibaba Cloud EMR Serverless Spark, for deploy scripts.

Usage: emr-ray <group> <command> [arguments] [options]

Commands:
${commands.map(([name, summary]) => `  ${name.padEnd(width)}  ${summary}`).join('\n')}

Global options (before or after the command):
${formatOptions(globalOptions)}

Credentials come from the default chain of @emr-ray/signer, first match wins: ALIBABA_CLOUD_ACCESS_KEY_ID and
ALIBABA_CLOUD_ACCESS_KEY_SECRET (+ ALIBABA_CLOUD_SECURITY_TOKEN); OIDC role (ALIBABA_CLOUD_ROLE_ARN, ...); the aliyun
CLI profile (~/.aliyun/config.json); ~/.alibabacloud/credentials; the ECS RAM role; ALIBABA_CLOUD_CREDENTIALS_URI.
Secrets are never printed.

Output: text for people by default; --output json prints one JSON document on stdout (shapes in the README).
Progress goes to stderr: a live line on a terminal, one line per state change otherwise.

${exitCodeHelp}

Run 'emr-ray <group> <command> --help' for the arguments and options of a command.
`;
}
