/**
 * A profile of the `aliyun` CLI's `config.json`, fields as the CLI writes them (snake case). Printing it
 * (JSON / console.log / inspect) shows secret and token fields as `<redacted>`.
 */
export interface CliProfile {
  name: string;
  /** `AK`, `StsToken`, `RamRoleArn`, `EcsRamRole`, `OIDC`, `ChainableRamRoleArn`, ... */
  mode?: string;
  region_id?: string;
  access_key_id?: string;
  access_key_secret?: string;
  sts_token?: string;
  ram_role_name?: string;
  ram_role_arn?: string;
  ram_session_name?: string;
  source_profile?: string;
  [field: string]: unknown;
}
