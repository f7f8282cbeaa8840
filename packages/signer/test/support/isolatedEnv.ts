/**
 * An environment for providers under test: nothing from the real one, and the metadata service switched off unless a
 * test points it at a local server, so no test ever reaches 100.100.100.200 or reads real credentials.
 */
export function isolatedEnv(vars: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true', ...vars };
}
