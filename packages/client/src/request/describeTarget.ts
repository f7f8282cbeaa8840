import type { OperationInfo } from '../operations.generated';

const PLAIN = /^[A-Za-z0-9._~-]{1,64}$/;

/** `workspaceId=w-1, clusterId=ray-2`: the resource a call addressed, for error messages and logs. */
export function describeTarget(op: OperationInfo, params: Record<string, unknown> | undefined): string {
  if (!params) return '';
  const parts: string[] = [];
  for (const name of op.pathParams) {
    const value = params[name];
    if (value === undefined || value === null || value === '') continue;
    const text = String(value);
    parts.push(
      `${name}=${PLAIN.test(text) ? text : JSON.stringify(text.length > 64 ? `${text.slice(0, 61)}...` : text)}`,
    );
  }
  return parts.join(', ');
}
