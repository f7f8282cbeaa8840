import type { CallOptions } from '../CallOptions';
import type { EmrRayClient } from '../EmrRayClient';
import type { ListRayLogsRequest } from '../generated/apis/RayLogApi';
import type { ListRayLogsResponse } from '../generated/models/ListRayLogsResponse';
import { operations } from '../operations.generated';
import { paginate } from './paginate';

/**
 * Every page of ListRayLogs, OSS style: starting at `params.marker`, each next page asks for the previous
 * `data.nextMarker` while `data.isTruncated` is true. The files are in `page.data.objectList`.
 */
export function paginateListRayLogs(
  client: Pick<EmrRayClient, 'listRayLogs'>,
  params: ListRayLogsRequest,
  options?: CallOptions,
): AsyncGenerator<ListRayLogsResponse, void, undefined> {
  return paginate(operations.ListRayLogs, client.listRayLogs.bind(client), { ...params }, options);
}
