/** One HTTP exchange as the client hands it to a transport. */
export interface TransportRequest {
  method: string;
  /** Absolute URL, path already percent-encoded as signed. */
  url: URL;
  /** Lower-case header names, as returned by the signer. */
  headers: Record<string, string>;
  body?: string | undefined;
  /** Cancel the exchange after this many ms; rejects with a `TransportError` of kind `timeout`. */
  timeoutMs: number;
  /** Cancel when this fires; rejects with a `TransportError` of kind `aborted` whose `cause` is the signal's reason. */
  signal?: AbortSignal | undefined;
}

export interface TransportResponse {
  status: number;
  /** A response header by lower-case name (several values joined with `, `). */
  header(name: string): string | undefined;
  body: string;
}

/**
 * Sends requests: `createNetTransport` (the default), `createNodeHttpTransport` (`transport: 'node-http'`) or
 * `createFetchTransport` (`options.fetch`).
 */
export interface Transport {
  send(request: TransportRequest): Promise<TransportResponse>;
  /** Closes pooled connections. */
  close(): void;
}
