import type { OperationInfo } from '../operations.generated';
import { encodePathParam } from './encodePathParam';
import { encodeQueryParam } from './encodeQueryParam';

/** The request's path and query (`/api/...?a=1`), encoded as signed and sent; throws before anything is sent. */
export function buildPathAndQuery(op: OperationInfo, params: Record<string, unknown>): string {
  let path = op.pathTemplate;
  for (const name of op.pathParams) {
    path = path.replace(`{${name}}`, encodePathParam(op.action, name, params[name]));
  }
  let query = '';
  for (const param of op.queryParams) {
    const pair = encodeQueryParam(op.action, param, params[param.name]);
    if (pair === undefined) continue;
    query += query === '' ? `?${pair}` : `&${pair}`;
  }
  return path + query;
}
