import type { Credentials } from '@emr-ray/signer';
import type { Logger } from './Logger';
import type { CredentialSource } from './config/credentialSource';
import type { RetryPolicy } from './retry/RetryPolicy';
import type { Transport } from './transport/Transport';

/** The state one client shares between its calls. Internal. */
export interface ClientContext {
  transport: Transport;
  /** The endpoint base once known (`protocol://host[:port][/prefix]`). */
  endpoint: string | undefined;
  resolveEndpoint(): Promise<string>;
  credentials: CredentialSource;
  /** The access key when `options.credentials` was a static one: used without an await. */
  staticCredentials: Credentials | undefined;
  retry: RetryPolicy;
  timeoutMs: number;
  logger: Logger | undefined;
  userAgent: string;
  correctClockSkew: boolean;
  /** Server time minus local time, learnt from a timestamp rejection; added to the signing date. */
  clockOffsetMs: number;
}
