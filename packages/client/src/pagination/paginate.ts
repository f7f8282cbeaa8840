import type { CallOptions } from '../CallOptions';
import { EmrRayError } from '../errors/EmrRayError';
import type { OperationInfo, OperationPagination } from '../operations.generated';
import { readPath } from './readPath';

type ListMethod = (params: never, options?: CallOptions) => Promise<unknown>;

/**
 * Pages through a list operation the way its `pagination` entry in the operations table says:
 * - `pageNumber` (no total): ask for page 1, 2, ... until a page is shorter than `pageSize` (the caller's; else the
 *   spec's `default` of pageSize, or the longest page seen if longer) or empty;
 * - `pageNumberWithTotal`: the same, also stopping once `pageNum * pageSize` covers the total;
 * - `marker`: pass the previous `nextMarker` as the marker while the page says it is truncated.
 * Yields each page (the whole response). Every call gets the caller's `signal` and `timeoutMs`.
 */
export async function* paginate<R>(
  op: OperationInfo,
  method: ListMethod,
  params: Record<string, unknown>,
  options: CallOptions | undefined,
): AsyncGenerator<R, void, undefined> {
  const pagination = ('pagination' in op ? op.pagination : undefined) as OperationPagination | undefined;
  if (!pagination) throw new Error(`${op.action} has no pagination in the operations table`);
  const call = method as (params: Record<string, unknown>, options?: CallOptions) => Promise<R>;

  if (pagination.style === 'marker') {
    let marker = params[pagination.marker];
    for (;;) {
      const page = await call(
        marker === undefined ? params : { ...params, [pagination.marker]: marker },
        options,
      );
      yield page;
      const next = readPath(page, pagination.nextMarker);
      if (readPath(page, pagination.truncated) !== true || typeof next !== 'string' || next === '') return;
      if (next === marker) {
        throw new EmrRayError(
          `${op.action} answered the marker "${next}" with itself as the next marker; stopped`,
          {
            code: 'PaginationLoop',
          },
        );
      }
      marker = next;
    }
  }

  const requestedSize = typeof params.pageSize === 'number' ? params.pageSize : undefined;
  const defaultSize = op.queryParams.find((p) => p.name === 'pageSize')?.default;
  let pageNum = typeof params.pageNum === 'number' ? params.pageNum : 1;
  // Without a pageSize the service uses the spec's default; a longer page than that means the service's default is
  // larger, so the longest page seen counts too.
  let longest = typeof defaultSize === 'number' ? defaultSize : 0;
  for (; ; pageNum++) {
    const page = await call({ ...params, pageNum }, options);
    yield page;
    const items = readPath(page, pagination.items);
    const count = Array.isArray(items) ? items.length : 0;
    longest = Math.max(longest, count);
    const size = requestedSize ?? longest;
    if (count === 0 || count < size) return;
    if (pagination.style === 'pageNumberWithTotal') {
      const total = readPath(page, pagination.total);
      if (typeof total === 'number' && pageNum * size >= total) return;
    }
  }
}
