/** `GetRayCluster(workspaceId=w-1, clusterId=ray-2)`, or the bare operation when the call named no resource. */
export function describeCall(operation: string, target: string | undefined): string {
  return target ? `${operation}(${target})` : operation;
}
