/** How a transport fails; the client turns it into a public error that names the operation. Internal. */
export class TransportError extends Error {
  override name = 'TransportError';
  readonly kind: 'timeout' | 'aborted' | 'network';
  /** The request certainly never reached the server (connection refused, DNS failure). */
  readonly notSent: boolean;
  /** The public error's `code` when not the kind's default (`MalformedResponse` for broken HTTP framing). */
  readonly code: string | undefined;

  constructor(
    kind: 'timeout' | 'aborted' | 'network',
    cause: unknown,
    notSent = false,
    code?: string | undefined,
  ) {
    super(kind, { cause });
    this.kind = kind;
    this.notSent = notSent;
    this.code = code;
  }
}
