/** An access key, possibly temporary (STS). */
export interface Credentials {
  accessKeyId: string;
  accessKeySecret: string;
  /** STS token of temporary credentials. */
  securityToken?: string;
  /** When temporary credentials expire. */
  expiration?: Date;
  /** Where they came from, e.g. `env`, `cli_profile/static_ak`, `default/ecs_ram_role`. */
  providerName?: string;
}

/** Options every credential provider accepts. */
export interface CredentialProviderOptions {
  /** Aborts the lookup; the promise then rejects with `signal.reason`. */
  signal?: AbortSignal;
}

/** Resolves credentials; providers of this package return {@link RedactedCredentials}. */
export type CredentialProvider = (options?: CredentialProviderOptions) => Promise<Credentials>;
