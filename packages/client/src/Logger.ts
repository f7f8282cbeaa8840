/**
 * Where the client writes its log lines. A function receives one line per HTTP attempt: operation, attempt
 * number, status (or error code), duration in ms, request id. An object (`console` fits) gets those lines through
 * `info`, and through `debug` the redacted request and response of each attempt. Every line is redacted:
 * no access key secret, security token, signature, `submitToken` or URL token ever reaches it.
 */
export type Logger = ((line: string) => void) | { info?(line: string): void; debug?(line: string): void };
