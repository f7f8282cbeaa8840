/** `2 CPU, 8Gi` from the API's cpu and memory strings. */
export function describeResources(cpu: string | undefined, memory: string | undefined): string {
  return [cpu && `${cpu} CPU`, memory].filter(Boolean).join(', ');
}
