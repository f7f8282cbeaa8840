import { join } from 'node:path';
import { readCliProfile } from '@emr-ray/signer';
import { ConfigurationError } from '../errors/ConfigurationError';

export interface RegionSources {
  env: Record<string, string | undefined>;
  homedir: string | undefined;
  profile: string | undefined;
}

/**
 * The region and where it came from, when `options.region` is not set (`createClient` uses that one at once): env
 * ALIBABA_CLOUD_REGION_ID, else `region_id` of the aliyun CLI profile. Throws a `ConfigurationError` listing the three
 * places when none has one.
 */
export async function resolveRegion(sources: RegionSources): Promise<{ region: string; source: string }> {
  const fromEnv = sources.env.ALIBABA_CLOUD_REGION_ID;
  if (fromEnv) return { region: fromEnv, source: 'env ALIBABA_CLOUD_REGION_ID' };
  const path = sources.homedir === undefined ? undefined : join(sources.homedir, '.aliyun', 'config.json');
  const profileName = sources.profile ?? sources.env.ALIBABA_CLOUD_PROFILE;
  let profile: Awaited<ReturnType<typeof readCliProfile>>;
  let readError: unknown;
  try {
    profile = await readCliProfile({ path, profile: profileName });
  } catch (error) {
    readError = error;
  }
  const where = `${path ?? '~/.aliyun/config.json'}${profileName ? ` (profile "${profileName}")` : ''}`;
  if (profile?.region_id)
    return { region: profile.region_id, source: `region_id of the aliyun CLI profile in ${where}` };
  const cli = readError
    ? `region_id of the aliyun CLI profile in ${where}: unreadable (${(readError as Error).message})`
    : profile
      ? `region_id of the aliyun CLI profile "${profile.name}" in ${where}: not set`
      : `region_id of the aliyun CLI profile in ${where}: no such file or profile`;
  throw new ConfigurationError(
    'No region for the EMR Serverless Spark client. Looked in:\n' +
      '  - options.region: not set\n' +
      '  - env ALIBABA_CLOUD_REGION_ID: not set\n' +
      `  - ${cli}\n` +
      'Pass { region } (e.g. cn-hangzhou) or { endpoint } to createClient, or set ALIBABA_CLOUD_REGION_ID.',
    { code: 'MissingRegion', cause: readError },
  );
}
