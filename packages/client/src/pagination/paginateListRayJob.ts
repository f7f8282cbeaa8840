import type { CallOptions } from '../CallOptions';
import type { EmrRayClient } from '../EmrRayClient';
import type { ListRayJobRequest } from '../generated/apis/RayJobApi';
import type { ListRayJobResponse } from '../generated/models/ListRayJobResponse';
import { operations } from '../operations.generated';
import { paginate } from './paginate';

/**
 * Every page of ListRayJob, from `params.pageNum` (default 1) until the pages cover `totalCount` (or a page is
 * short or empty). Each page is the whole response; the jobs are in `page.rayJobs`.
 */
export function paginateListRayJob(
  client: Pick<EmrRayClient, 'listRayJob'>,
  params: ListRayJobRequest,
  options?: CallOptions,
): AsyncGenerator<ListRayJobResponse, void, undefined> {
  return paginate(operations.ListRayJob, client.listRayJob.bind(client), { ...params }, options);
}
