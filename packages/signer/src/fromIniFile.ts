import { homedir as osHomedir } from 'node:os';
import { join } from 'node:path';
import type { CacheCredentialsOptions } from './cacheCredentials';
import type { CredentialProvider } from './Credentials';
import { CredentialsError } from './CredentialsError';
import { fromEcsRamRole } from './fromEcsRamRole';
import { fromRamRoleArn } from './fromRamRoleArn';
import { parseIni } from './parseIni';
import { readConfigFile } from './readConfigFile';
import { resolveOnce } from './resolveOnce';
import { staticCredentials } from './staticCredentials';

export interface FromIniFileOptions extends CacheCredentialsOptions {
  /** The credentials file. @default env ALIBABA_CLOUD_CREDENTIALS_FILE, else <homedir>/.alibabacloud/credentials */
  path?: string;
  /** Section name. @default env ALIBABA_CLOUD_PROFILE, else `default` */
  profile?: string;
  /** @default process.env */
  env?: NodeJS.ProcessEnv;
  /** @default os.homedir() */
  homedir?: string;
  /** STS endpoint for `ram_role_arn` sections. @default by ALIBABA_CLOUD_STS_REGION, else sts.aliyuncs.com */
  stsEndpoint?: string;
  /** Metadata service for `ecs_ram_role` sections. @default 'http://100.100.100.200' */
  ecsMetadataEndpoint?: string;
}

const SOURCE = 'profile';

/**
 * Credentials from the INI credentials file, section per profile, `type` = `access_key`, `ecs_ram_role` or
 * `ram_role_arn`. Read on the first call (again after a failed one); provider names are `profile/<inner>`.
 */
export function fromIniFile(options?: FromIniFileOptions): CredentialProvider {
  const env = options?.env ?? process.env;
  return resolveOnce(SOURCE, async () => {
    const path =
      options?.path ||
      env.ALIBABA_CLOUD_CREDENTIALS_FILE ||
      join(options?.homedir ?? osHomedir(), '.alibabacloud', 'credentials');
    const content = await readConfigFile(path, SOURCE);
    const name = options?.profile || env.ALIBABA_CLOUD_PROFILE || 'default';
    const section = parseIni(content)[name];
    if (section === undefined) {
      throw new CredentialsError(`${path} has no [${name}] section`, {
        code: 'CredentialsNotFound',
        source: SOURCE,
      });
    }
    const need = (...keys: string[]): void => {
      const missing = keys.filter((key) => !section[key]);
      if (missing.length > 0) {
        throw new CredentialsError(
          `[${name}] in ${path} (type ${section.type}) lacks ${missing.join(', ')}`,
          {
            code: 'CredentialsInvalid',
            source: SOURCE,
          },
        );
      }
    };
    switch (section.type) {
      case 'access_key':
        need('access_key_id', 'access_key_secret');
        return staticCredentials({
          accessKeyId: section.access_key_id!,
          accessKeySecret: section.access_key_secret!,
          providerName: 'static_ak',
        });
      case 'ecs_ram_role':
        return fromEcsRamRole({
          roleName: section.role_name || undefined,
          endpoint: options?.ecsMetadataEndpoint,
          env,
          now: options?.now,
          staleWindowMs: options?.staleWindowMs,
        });
      case 'ram_role_arn':
        need('access_key_id', 'access_key_secret', 'role_arn');
        return fromRamRoleArn({
          source: {
            accessKeyId: section.access_key_id!,
            accessKeySecret: section.access_key_secret!,
            providerName: 'static_ak',
          },
          roleArn: section.role_arn,
          roleSessionName: section.role_session_name || undefined,
          policy: section.policy || undefined,
          stsEndpoint: options?.stsEndpoint,
          env,
          now: options?.now,
          staleWindowMs: options?.staleWindowMs,
        });
      default:
        throw new CredentialsError(
          `[${name}] in ${path} has type ${JSON.stringify(section.type ?? null)}; supported: access_key, ` +
            'ecs_ram_role, ram_role_arn',
          { code: 'CredentialsInvalid', source: SOURCE },
        );
    }
  });
}
