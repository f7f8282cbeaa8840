import type { CacheCredentialsOptions } from './cacheCredentials';
import type { CliProfile } from './CliProfile';
import type { CredentialProvider } from './Credentials';
import { CredentialsError } from './CredentialsError';
import { fromEcsRamRole } from './fromEcsRamRole';
import { fromOidcRoleArn } from './fromOidcRoleArn';
import { fromRamRoleArn } from './fromRamRoleArn';
import { loadCliProfile, type ReadCliProfileOptions } from './loadCliProfile';
import { resolveOnce } from './resolveOnce';
import { staticCredentials } from './staticCredentials';

export interface FromCliProfileOptions extends ReadCliProfileOptions, CacheCredentialsOptions {
  /** STS endpoint for RamRoleArn / OIDC / ChainableRamRoleArn profiles. @default the profile's sts_endpoint or sts_region */
  stsEndpoint?: string;
  /** Metadata service for EcsRamRole profiles. @default 'http://100.100.100.200' */
  ecsMetadataEndpoint?: string;
}

const SOURCE = 'cli_profile';

function text(profile: CliProfile, field: string): string | undefined {
  const value = profile[field];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function required(profile: CliProfile, ...fields: string[]): void {
  const missing = fields.filter((field) => text(profile, field) === undefined);
  if (missing.length > 0) {
    throw new CredentialsError(
      `profile "${profile.name}" (mode ${profile.mode}) lacks ${missing.join(', ')}`,
      {
        code: 'CredentialsInvalid',
        source: SOURCE,
      },
    );
  }
}

function seconds(profile: CliProfile, ...fields: string[]): number | undefined {
  for (const field of fields) {
    const value = Number(profile[field]);
    if (profile[field] === undefined || value === 0 || Number.isNaN(value)) continue;
    if (!Number.isInteger(value) || value < 900) {
      throw new CredentialsError(`profile "${profile.name}": ${field} must be at least 900`, {
        code: 'CredentialsInvalid',
        source: SOURCE,
      });
    }
    return value;
  }
  return undefined;
}

/**
 * Credentials of an `aliyun` CLI profile (`~/.aliyun/config.json`), for the modes AK, StsToken, RamRoleArn,
 * EcsRamRole, OIDC and ChainableRamRoleArn. The file is read on the first call (again after a failed one); provider
 * names are `cli_profile/<inner>`, e.g. `cli_profile/ram_role_arn/static_ak`.
 */
export function fromCliProfile(options?: FromCliProfileOptions): CredentialProvider {
  const env = options?.env ?? process.env;
  const build = (
    profile: CliProfile,
    profiles: Map<string, CliProfile>,
    seen: Set<string>,
  ): CredentialProvider => {
    const sts = {
      stsEndpoint: options?.stsEndpoint ?? text(profile, 'sts_endpoint'),
      stsRegion: text(profile, 'sts_region'),
      enableVpc: profile.enable_vpc === true || profile.enable_vpc === 'true' ? true : undefined,
      env,
      now: options?.now,
      staleWindowMs: options?.staleWindowMs,
    };
    switch (profile.mode) {
      case 'AK':
        required(profile, 'access_key_id', 'access_key_secret');
        return staticCredentials({
          accessKeyId: text(profile, 'access_key_id')!,
          accessKeySecret: text(profile, 'access_key_secret')!,
          providerName: 'static_ak',
        });
      case 'StsToken':
        required(profile, 'access_key_id', 'access_key_secret', 'sts_token');
        return staticCredentials({
          accessKeyId: text(profile, 'access_key_id')!,
          accessKeySecret: text(profile, 'access_key_secret')!,
          securityToken: text(profile, 'sts_token')!,
          providerName: 'static_sts',
        });
      case 'RamRoleArn':
        required(profile, 'access_key_id', 'access_key_secret', 'ram_role_arn');
        return fromRamRoleArn({
          ...sts,
          source: {
            accessKeyId: text(profile, 'access_key_id')!,
            accessKeySecret: text(profile, 'access_key_secret')!,
            providerName: 'static_ak',
          },
          roleArn: text(profile, 'ram_role_arn'),
          roleSessionName: text(profile, 'ram_session_name'),
          durationSeconds: seconds(profile, 'expired_seconds'),
        });
      case 'EcsRamRole':
        return fromEcsRamRole({
          roleName: text(profile, 'ram_role_name'),
          endpoint: options?.ecsMetadataEndpoint,
          env,
          now: options?.now,
          staleWindowMs: options?.staleWindowMs,
        });
      case 'OIDC':
        required(profile, 'ram_role_arn', 'oidc_provider_arn', 'oidc_token_file');
        return fromOidcRoleArn({
          ...sts,
          roleArn: text(profile, 'ram_role_arn'),
          oidcProviderArn: text(profile, 'oidc_provider_arn'),
          oidcTokenFile: text(profile, 'oidc_token_file'),
          roleSessionName: text(profile, 'ram_session_name'),
          durationSeconds: seconds(profile, 'duration_seconds', 'expired_seconds'),
        });
      case 'ChainableRamRoleArn': {
        required(profile, 'source_profile', 'ram_role_arn');
        const sourceName = text(profile, 'source_profile')!;
        const source = profiles.get(sourceName);
        if (source === undefined || seen.has(sourceName)) {
          throw new CredentialsError(
            source === undefined
              ? `profile "${profile.name}": source_profile "${sourceName}" does not exist`
              : `profile "${profile.name}": source_profile chain loops back to "${sourceName}"`,
            { code: 'CredentialsInvalid', source: SOURCE },
          );
        }
        return fromRamRoleArn({
          ...sts,
          source: build(source, profiles, new Set([...seen, sourceName])),
          roleArn: text(profile, 'ram_role_arn'),
          roleSessionName: text(profile, 'ram_session_name'),
          durationSeconds: seconds(profile, 'expired_seconds'),
        });
      }
      default:
        throw new CredentialsError(
          `profile "${profile.name}" has unsupported mode ${JSON.stringify(profile.mode ?? null)} (supported: AK, ` +
            'StsToken, RamRoleArn, EcsRamRole, OIDC, ChainableRamRoleArn)',
          { code: 'CredentialsInvalid', source: SOURCE },
        );
    }
  };

  return resolveOnce(SOURCE, async () => {
    const loaded = await loadCliProfile(options);
    return build(loaded.selected, loaded.profiles, new Set([loaded.selected.name]));
  });
}
