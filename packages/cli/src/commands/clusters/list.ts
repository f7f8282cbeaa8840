import { paginateListRayCluster, type RayClusterSummary } from '@emr-ray/client';
import type { Command } from '../../Command';
import { formatTable } from '../../output/formatTable';
import { formatTimestamp } from '../../output/formatTimestamp';
import { redactOutput } from '../../output/redactOutput';

export const command: Command = {
  name: 'clusters list',
  summary: 'List the clusters of the workspace.',
  details: `Reads every page of ListRayCluster (or the first --max-items clusters).

--output json: {"clusters": [<RayClusterSummary>, ...]}

Example:
  emr-ray clusters list --workspace w-1234abcd --output json`,
  args: [],
  options: {
    'max-items': { type: 'string', valueName: '<n>', description: 'List at most this many clusters.' },
    'page-size': {
      type: 'string',
      valueName: '<n>',
      description: 'Clusters per API call, 1 to 100. Default 20.',
    },
  },
  async run(context) {
    const maxItems = context.integer('max-items', { min: 1 });
    const pageSize = context.integer('page-size', { min: 1, max: 100 });
    const workspaceId = context.workspaceId();
    const client = await context.client();
    const clusters: RayClusterSummary[] = [];
    const params = pageSize === undefined ? { workspaceId } : { workspaceId, pageSize };
    pages: for await (const page of paginateListRayCluster(client, params, { signal: context.signal })) {
      for (const cluster of page.rayClusters ?? []) {
        if (maxItems !== undefined && clusters.length >= maxItems) break pages;
        clusters.push(cluster);
      }
    }
    const shown = redactOutput(clusters, context.settings.showSecrets);
    context.print({ clusters: shown }, () =>
      shown.length === 0
        ? 'No clusters.'
        : formatTable(
            ['Cluster ID', 'Name', 'State', 'Release', 'Created'],
            shown.map((c) => [
              c.clusterId,
              c.name,
              c.state,
              c.displayReleaseVersion,
              formatTimestamp(c.createTime),
            ]),
          ),
    );
  },
};
