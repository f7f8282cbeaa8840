import type { CommandOption } from './Command';

/** Options every command accepts, before or after the command words. */
export const globalOptions: Readonly<Record<string, CommandOption>> = {
  workspace: {
    type: 'string',
    short: 'w',
    valueName: '<id>',
    description: 'The workspace id, e.g. w-1234abcd. Default: $EMR_RAY_WORKSPACE_ID.',
  },
  region: {
    type: 'string',
    valueName: '<region-id>',
    description: 'The region, e.g. cn-hangzhou. Default: $ALIBABA_CLOUD_REGION_ID, then the CLI profile.',
  },
  endpoint: {
    type: 'string',
    valueName: '<url>',
    description: 'The API endpoint, overriding the region. Default: $EMR_RAY_ENDPOINT.',
  },
  profile: {
    type: 'string',
    valueName: '<name>',
    description: 'The aliyun CLI / credentials-file profile. Default: $ALIBABA_CLOUD_PROFILE.',
  },
  output: {
    type: 'string',
    short: 'o',
    valueName: 'text|json',
    description: 'text (default): for people. json: stable JSON on stdout, for scripts.',
  },
  'show-secrets': {
    type: 'boolean',
    description: 'Print submitToken and the tokens in URLs instead of [REDACTED].',
  },
  quiet: { type: 'boolean', short: 'q', description: 'Print no progress on stderr while waiting.' },
  help: { type: 'boolean', short: 'h', description: 'Print the usage of the command and exit.' },
  version: { type: 'boolean', short: 'V', description: 'Print the version of emr-ray and exit.' },
};
