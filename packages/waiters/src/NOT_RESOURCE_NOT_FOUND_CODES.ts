/**
 * `*.NotFound` codes that are not about the awaited resource: an unknown access key or API action must fail the wait
 * (a wrong key would otherwise look like a deleted cluster to waitUntilDeleted).
 */
export const NOT_RESOURCE_NOT_FOUND_CODES: ReadonlySet<string> = new Set([
  'InvalidAccessKeyId.NotFound',
  'InvalidAction.NotFound',
]);
