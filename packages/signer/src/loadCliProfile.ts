import { homedir as osHomedir } from 'node:os';
import { join } from 'node:path';
import type { CliProfile } from './CliProfile';
import { CredentialsError } from './CredentialsError';
import { parseJson } from './parseJson';
import { readConfigFile } from './readConfigFile';
import { redactRecord } from './redactRecord';

export interface ReadCliProfileOptions {
  /** The CLI config file. @default <homedir>/.aliyun/config.json */
  path?: string;
  /** Profile name. @default env ALIBABA_CLOUD_PROFILE, else the file's `current`, else `default` */
  profile?: string;
  /** @default process.env */
  env?: NodeJS.ProcessEnv;
  /** @default os.homedir() */
  homedir?: string;
}

export interface LoadedCliProfiles {
  path: string;
  /** Every profile of the file, by name (for `source_profile`). */
  profiles: Map<string, CliProfile>;
  selected: CliProfile;
}

const SOURCE = 'cli_profile';

/** Reads the CLI config and picks the profile; throws a `CredentialsError` saying what is missing or wrong. */
export async function loadCliProfile(options?: ReadCliProfileOptions): Promise<LoadedCliProfiles> {
  const env = options?.env ?? process.env;
  const path = options?.path ?? join(options?.homedir ?? osHomedir(), '.aliyun', 'config.json');
  const text = await readConfigFile(path, SOURCE);
  const config = parseJson(text, SOURCE, path) as { current?: unknown; profiles?: unknown };
  if (typeof config !== 'object' || config === null || !Array.isArray(config.profiles)) {
    throw new CredentialsError(`${path} has no "profiles" array`, {
      code: 'CredentialsInvalid',
      source: SOURCE,
    });
  }
  const profiles = new Map<string, CliProfile>();
  for (const entry of config.profiles as unknown[]) {
    if (typeof entry === 'object' && entry !== null && typeof (entry as CliProfile).name === 'string') {
      profiles.set((entry as CliProfile).name, redactRecord({ ...(entry as CliProfile) }));
    }
  }
  const name =
    options?.profile ||
    env.ALIBABA_CLOUD_PROFILE ||
    (typeof config.current === 'string' && config.current) ||
    'default';
  const selected = profiles.get(name);
  if (selected === undefined) {
    throw new CredentialsError(`${path} has no profile named "${name}"`, {
      code: 'CredentialsNotFound',
      source: SOURCE,
    });
  }
  return { path, profiles, selected };
}
