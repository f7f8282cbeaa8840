import type { CommandContext } from '../CommandContext';
import { bodyFromFile } from './bodyFromFile';
import { clusterBodySchema } from './bodySchemas';
import { jsonFlag } from './jsonFlag';
import { setIfGiven } from './setIfGiven';
import { specFromFlags } from './specFromFlags';

/** The body of CreateRayCluster / UpdateRayCluster from `--file` and the `clusterOptions` flags (flags win). */
export async function clusterBody(context: CommandContext): Promise<Record<string, unknown>> {
  const body = await bodyFromFile(context, clusterBodySchema);
  setIfGiven(body, 'name', context.string('name'));
  setIfGiven(body, 'description', context.string('description'));
  setIfGiven(body, 'displayReleaseVersion', context.string('release-version'));
  setIfGiven(body, 'networkServiceName', context.string('network'));
  setIfGiven(body, 'extraParam', jsonFlag('extra-param', context.string('extra-param')));
  return specFromFlags(context, body);
}
