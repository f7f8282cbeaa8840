import { createClient, type EmrRayClient } from '@emr-ray/client';
import type { GlobalSettings } from './CommandContext';
import { version } from './version';

/**
 * The client for the global options. No `credentials` option: the client then uses the default chain of
 * @emr-ray/signer, reading this environment and `--profile`.
 */
export function createApiClient(
  settings: GlobalSettings,
  env: Record<string, string | undefined>,
): EmrRayClient {
  return createClient({
    region: settings.region,
    endpoint: settings.endpoint,
    profile: settings.profile,
    env,
    userAgent: `emr-ray-cli/${version}`,
  });
}
