import type { CommandOption } from '../Command';
import { specOptions } from './specOptions';

/** The options of `clusters create` and `clusters update`: a file and/or flags for the cluster's configuration. */
export const clusterOptions: Readonly<Record<string, CommandOption>> = {
  file: {
    type: 'string',
    short: 'f',
    valueName: '<path>',
    description: 'The configuration as JSON or YAML (CreateRayClusterBody fields); flags override it.',
  },
  name: { type: 'string', valueName: '<name>', description: 'The cluster name, 1 to 64 characters.' },
  description: { type: 'string', valueName: '<text>', description: 'A description.' },
  'release-version': {
    type: 'string',
    valueName: '<version>',
    description:
      "The Ray engine version (displayReleaseVersion), e.g. 'ray-1.0.0 (Ray 2.47.1, Python 3.12)'.",
  },
  network: {
    type: 'string',
    valueName: '<name>',
    description: 'The network connection (networkServiceName).',
  },
  ...specOptions,
  'extra-param': {
    type: 'string',
    valueName: '<json>',
    description: 'Additional parameters as JSON (extraParam).',
  },
};
