import type { CallOptions } from '../CallOptions';
import type { EmrRayClient } from '../EmrRayClient';
import type { ListRayClusterRequest } from '../generated/apis/RayClusterApi';
import type { ListRayClusterResponse } from '../generated/models/ListRayClusterResponse';
import { operations } from '../operations.generated';
import { paginate } from './paginate';

/**
 * Every page of ListRayCluster, from `params.pageNum` (default 1) until a page shorter than `params.pageSize` (the
 * service's default, 20, when unset) or an empty one: the API gives no total, so an exact multiple of the page size
 * costs one more, empty, request. Each page is the whole response; the clusters are in `page.rayClusters`.
 *
 * @example
 * for await (const page of paginateListRayCluster(client, { workspaceId, pageSize: 50 })) {
 *   for (const cluster of page.rayClusters ?? []) console.log(cluster.clusterId, cluster.state);
 * }
 */
export function paginateListRayCluster(
  client: Pick<EmrRayClient, 'listRayCluster'>,
  params: ListRayClusterRequest,
  options?: CallOptions,
): AsyncGenerator<ListRayClusterResponse, void, undefined> {
  return paginate(operations.ListRayCluster, client.listRayCluster.bind(client), { ...params }, options);
}
