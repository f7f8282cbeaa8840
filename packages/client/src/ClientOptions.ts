import type { CredentialProvider, Credentials } from '@emr-ray/signer';
import type { Logger } from './Logger';
import type { RetryOptions } from './retry/RetryOptions';

/** Options of `createClient`. Every field is optional. */
export interface ClientOptions {
  /**
   * The region of the workspace, e.g. `cn-hangzhou`; selects the endpoint. Not needed when `endpoint` is set.
   * @default env ALIBABA_CLOUD_REGION_ID, else `region_id` of the aliyun CLI profile (~/.aliyun/config.json)
   */
  region?: string;
  /**
   * The API endpoint: any http(s) URL, e.g. a fake server's `http://127.0.0.1:8080`. A path in it is a prefix of
   * every request path. The environment variable `EMR_RAY_ENDPOINT` does the same without code changes (handy to
   * point an application at `@emr-ray/fixtures`' fake server in tests).
   * @default env EMR_RAY_ENDPOINT, else `https://emr-serverless-spark.<region>.aliyuncs.com`
   */
  endpoint?: string;
  /**
   * An access key, or a function that resolves one (called before each attempt; results are cached until they
   * expire).
   * @default the default credential chain of @emr-ray/signer (env, OIDC, aliyun CLI profile, credentials file, ECS RAM role, credentials URI)
   */
  credentials?: Credentials | CredentialProvider;
  /**
   * The retry policy, or `false` to send every request once.
   * @default { maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 5000, maxRetryAfterMs: 20000 }
   */
  retry?: RetryOptions | false;
  /**
   * Timeout of each HTTP attempt, in ms; a call can override it.
   * @default 30000
   */
  timeoutMs?: number;
  /** Receives one redacted line per HTTP attempt (see `Logger`). @default no logging */
  logger?: Logger;
  /** Appended to the `user-agent` header, e.g. `my-deployer/1.2`. @default nothing appended */
  userAgent?: string;
  /**
   * A fetch implementation to send requests with instead of the built-in node:http transport (e.g. undici's fetch
   * with a proxy agent).
   * @default the built-in transport (see `transport`)
   */
  fetch?: typeof fetch;
  /**
   * The built-in transport, when `fetch` is not set: `'net'`, HTTP/1.1 written straight on `node:net` / `node:tls`
   * sockets (a pool of up to 16 keep-alive connections per origin), or `'node-http'`, the `node:http` /
   * `node:https` client with keep-alive agents.
   * @default 'net'
   */
  transport?: 'net' | 'node-http';
  /**
   * After the gateway rejects a request for its timestamp (`InvalidTimeStamp.Expired`), take the clock offset from
   * the answer's `Date` header, keep it for later requests, and retry once.
   * @default true
   */
  correctClockSkew?: boolean;
  /** Environment read for the region and the default credential chain. @default process.env */
  env?: Record<string, string | undefined>;
  /** Home directory holding `.aliyun/config.json` and `.alibabacloud/credentials`. @default os.homedir() */
  homedir?: string;
  /** The aliyun CLI / credentials-file profile to read. @default env ALIBABA_CLOUD_PROFILE, else the file's current profile */
  profile?: string;
}
