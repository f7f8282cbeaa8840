import { cacheCredentials, type CacheCredentialsOptions } from './cacheCredentials';
import type { CredentialProvider } from './Credentials';
import { CredentialsError, isCredentialsError } from './CredentialsError';
import { fromCliProfile } from './fromCliProfile';
import { fromCredentialsUri } from './fromCredentialsUri';
import { fromEcsRamRole } from './fromEcsRamRole';
import { fromEnv } from './fromEnv';
import { fromIniFile } from './fromIniFile';
import { fromOidcRoleArn } from './fromOidcRoleArn';
import { renameCredentials } from './renameCredentials';

export interface DefaultCredentialProviderOptions extends CacheCredentialsOptions {
  /** Environment read by every provider of the chain. @default process.env */
  env?: NodeJS.ProcessEnv;
  /** Home directory holding `.aliyun/config.json` and `.alibabacloud/credentials`. @default os.homedir() */
  homedir?: string;
  /** Profile name for the CLI config and the INI file. @default env ALIBABA_CLOUD_PROFILE (then per file) */
  profile?: string;
  /** @default <homedir>/.aliyun/config.json */
  cliConfigPath?: string;
  /** @default env ALIBABA_CLOUD_CREDENTIALS_FILE, else <homedir>/.alibabacloud/credentials */
  credentialsFilePath?: string;
  /** @default 'http://100.100.100.200' */
  ecsMetadataEndpoint?: string;
  /** Timeout of each metadata request. @default 1000 */
  ecsMetadataTimeoutMs?: number;
  /** STS endpoint for role providers. @default by region (ALIBABA_CLOUD_STS_REGION), else sts.aliyuncs.com */
  stsEndpoint?: string;
  /** @default env ALIBABA_CLOUD_CREDENTIALS_URI */
  credentialsUri?: string;
}

interface ChainLink {
  name: string;
  provider: CredentialProvider;
}

/**
 * The Alibaba Cloud default credential chain, in the order of `@alicloud/credentials`:
 * 1. `env` — ALIBABA_CLOUD_ACCESS_KEY_ID / _SECRET (/ ALIBABA_CLOUD_SECURITY_TOKEN);
 * 2. `oidc_role_arn` — when ALIBABA_CLOUD_ROLE_ARN, ALIBABA_CLOUD_OIDC_PROVIDER_ARN and ALIBABA_CLOUD_OIDC_TOKEN_FILE are set;
 * 3. `cli_profile` — ~/.aliyun/config.json, unless ALIBABA_CLOUD_CLI_PROFILE_DISABLED=true;
 * 4. `profile` — the INI file ~/.alibabacloud/credentials (or ALIBABA_CLOUD_CREDENTIALS_FILE);
 * 5. `ecs_ram_role` — the ECS metadata service, unless ALIBABA_CLOUD_ECS_METADATA_DISABLED=true;
 * 6. `credential_uri` — ALIBABA_CLOUD_CREDENTIALS_URI.
 * The first provider that answers is remembered and is the only one asked afterwards. Results are cached; temporary
 * credentials are refreshed 15 minutes before expiry by one shared refresh, and a failed refresh keeps serving the
 * cached credentials while they are valid. When every provider fails, the `CredentialsError` lists what each lacked.
 * Provider names are `default/<inner>`, e.g. `default/env`.
 */
export function defaultCredentialProvider(options?: DefaultCredentialProviderOptions): CredentialProvider {
  const env = options?.env ?? process.env;
  const cache = { now: options?.now, staleWindowMs: options?.staleWindowMs };
  const skipped = (name: string, why: string): ChainLink => ({
    name,
    provider: () => Promise.reject(new CredentialsError(why, { code: 'CredentialsNotFound', source: name })),
  });
  const oidcVars = [
    'ALIBABA_CLOUD_ROLE_ARN',
    'ALIBABA_CLOUD_OIDC_PROVIDER_ARN',
    'ALIBABA_CLOUD_OIDC_TOKEN_FILE',
  ];
  const missingOidc = oidcVars.filter((name) => !env[name]);

  const links: ChainLink[] = [
    { name: 'env', provider: fromEnv({ env }) },
    missingOidc.length > 0
      ? skipped('oidc_role_arn', `${missingOidc.join(', ')} not set`)
      : {
          name: 'oidc_role_arn',
          provider: fromOidcRoleArn({ env, stsEndpoint: options?.stsEndpoint, ...cache }),
        },
    env.ALIBABA_CLOUD_CLI_PROFILE_DISABLED === 'true'
      ? skipped('cli_profile', 'disabled by ALIBABA_CLOUD_CLI_PROFILE_DISABLED=true')
      : {
          name: 'cli_profile',
          provider: fromCliProfile({
            env,
            homedir: options?.homedir,
            path: options?.cliConfigPath,
            profile: options?.profile,
            stsEndpoint: options?.stsEndpoint,
            ecsMetadataEndpoint: options?.ecsMetadataEndpoint,
            ...cache,
          }),
        },
    {
      name: 'profile',
      provider: fromIniFile({
        env,
        homedir: options?.homedir,
        path: options?.credentialsFilePath,
        profile: options?.profile,
        stsEndpoint: options?.stsEndpoint,
        ecsMetadataEndpoint: options?.ecsMetadataEndpoint,
        ...cache,
      }),
    },
    env.ALIBABA_CLOUD_ECS_METADATA_DISABLED === 'true'
      ? skipped('ecs_ram_role', 'disabled by ALIBABA_CLOUD_ECS_METADATA_DISABLED=true')
      : {
          name: 'ecs_ram_role',
          provider: fromEcsRamRole({
            env,
            endpoint: options?.ecsMetadataEndpoint,
            timeoutMs: options?.ecsMetadataTimeoutMs,
            ...cache,
          }),
        },
    { name: 'credential_uri', provider: fromCredentialsUri({ env, uri: options?.credentialsUri, ...cache }) },
  ];

  let chosen: ChainLink | undefined;

  const resolve: CredentialProvider = async (callOptions) => {
    if (chosen !== undefined) {
      const credentials = await chosen.provider(callOptions);
      return renameCredentials(credentials, `default/${credentials.providerName ?? chosen.name}`);
    }
    const errors: CredentialsError[] = [];
    for (const link of links) {
      try {
        const credentials = await link.provider(callOptions);
        chosen = link;
        return renameCredentials(credentials, `default/${credentials.providerName ?? link.name}`);
      } catch (error) {
        if (callOptions?.signal?.aborted) throw callOptions.signal.reason;
        errors.push(
          isCredentialsError(error)
            ? error
            : new CredentialsError(String((error as Error)?.message ?? error), {
                code: 'CredentialsInvalid',
                source: link.name,
                cause: error,
              }),
        );
      }
    }
    throw new CredentialsError(
      'no credentials found in the default chain:\n' +
        errors.map((error) => `  - ${error.message}`).join('\n'),
      { code: 'CredentialsNotFound', source: 'default', errors },
    );
  };
  return cacheCredentials(resolve, cache);
}
