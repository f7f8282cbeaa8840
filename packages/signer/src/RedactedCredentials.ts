import type { Credentials } from './Credentials';

const INSPECT = Symbol.for('nodejs.util.inspect.custom');
const REDACTED = '<redacted>';

/**
 * Credentials that never print their secret: `console.log`, `util.inspect`, `JSON.stringify` and `String()` show the
 * access key id, expiration and provider name, and `<redacted>` for the secret and the token. `accessKeySecret` and
 * `securityToken` are ordinary readable properties, but not enumerable, so key-walking loggers skip them too.
 */
export class RedactedCredentials implements Credentials {
  readonly accessKeyId: string;
  declare readonly accessKeySecret: string;
  declare readonly securityToken?: string;
  readonly expiration?: Date;
  readonly providerName?: string;

  constructor(credentials: Credentials) {
    this.accessKeyId = credentials.accessKeyId;
    Object.defineProperty(this, 'accessKeySecret', { value: credentials.accessKeySecret, enumerable: false });
    if (credentials.securityToken !== undefined && credentials.securityToken !== '') {
      Object.defineProperty(this, 'securityToken', { value: credentials.securityToken, enumerable: false });
    }
    if (credentials.expiration !== undefined) this.expiration = new Date(credentials.expiration.getTime());
    if (credentials.providerName !== undefined) this.providerName = credentials.providerName;
    Object.freeze(this);
  }

  /** A copy under another provider name (the chain prefixes `default/`). */
  withProviderName(providerName: string): RedactedCredentials {
    return new RedactedCredentials({
      accessKeyId: this.accessKeyId,
      accessKeySecret: this.accessKeySecret,
      securityToken: this.securityToken,
      expiration: this.expiration,
      providerName,
    });
  }

  toJSON(): Record<string, string> {
    const out: Record<string, string> = { accessKeyId: this.accessKeyId, accessKeySecret: REDACTED };
    if (this.securityToken !== undefined) out.securityToken = REDACTED;
    if (this.expiration !== undefined) out.expiration = this.expiration.toISOString();
    if (this.providerName !== undefined) out.providerName = this.providerName;
    return out;
  }

  toString(): string {
    return 'Credentials ' + JSON.stringify(this.toJSON());
  }

  [INSPECT](): string {
    return this.toString();
  }
}
