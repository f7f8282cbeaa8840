/** A response that breaks HTTP/1.1 framing (status line, headers, chunk sizes). Internal. */
export class HttpParseError extends Error {
  override name = 'HttpParseError';
  readonly code = 'MalformedResponse';
}
