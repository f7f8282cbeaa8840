import { HttpParseError } from './HttpParseError';

// Node's own limit (--max-http-header-size) for the status line and headers, and for the trailers.
const MAX_HEAD_BYTES = 16 * 1024;
const MAX_CHUNK_LINE_BYTES = 4 * 1024;

const HEAD = 0;
const FIXED = 1;
const CHUNK_SIZE = 2;
const CHUNK_DATA = 3;
const CHUNK_DATA_END = 4;
const TRAILERS = 5;
const UNTIL_CLOSE = 6;
const DONE = 7;

const STATUS_LINE = /^HTTP\/1\.([01]) ([1-9]\d\d)(?: [\t\x20-\x7e\x80-\xff]*)?$/;
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
// Control characters other than HTAB: a header value never holds them (RFC 9110 section 5.5).
// eslint-disable-next-line no-control-regex
const BAD_VALUE = /[\x00-\x08\x0a-\x1f\x7f]/;
const CHUNK_LINE = /^([0-9A-Fa-f]{1,16})[\t ]*(?:;[\t\x20-\x7e\x80-\xff]*)?$/;
const CRLF = Buffer.from('\r\n');
const CRLFCRLF = Buffer.from('\r\n\r\n');

/**
 * An incremental, strict HTTP/1.1 response parser (RFC 9112) for one response: feed it the socket's chunks with
 * `push` until `done`. It skips 1xx answers, frames the body by Content-Length, chunked coding (extensions and
 * trailers read and dropped) or the end of the connection, and throws `HttpParseError` on anything it cannot frame
 * with certainty, since a misread boundary would hand the next response's bytes to this one. Internal.
 */
export class ResponseParser {
  status = 0;
  /** Lower-case names; repeated headers joined with `, `. */
  headers: Record<string, string> = Object.create(null) as Record<string, string>;
  /** The connection may carry another request once `done`. */
  keepAlive = true;
  done = false;

  private state = HEAD;
  private pending: Buffer | undefined;
  private remaining = 0;
  private received = 0;
  private readonly chunks: Buffer[] = [];

  /**
   * @param noBody the request was a HEAD: whatever the headers say, no body follows
   * @param maxBodyBytes a larger body fails with an `Error` saying so
   */
  constructor(
    private readonly noBody: boolean,
    private readonly maxBodyBytes: number,
  ) {}

  /** The body as text (UTF-8), once `done`. */
  body(): string {
    const { chunks } = this;
    if (chunks.length === 0) return '';
    return chunks.length === 1 ? chunks[0]!.toString('utf8') : Buffer.concat(chunks).toString('utf8');
  }

  /** Reads the next bytes of the connection. Bytes past the end of the response clear `keepAlive`. */
  push(chunk: Buffer): void {
    let pos = 0;
    while (pos < chunk.length) {
      switch (this.state) {
        case HEAD:
          pos = this.readHead(chunk, pos);
          break;
        case FIXED: {
          const end = Math.min(chunk.length, pos + this.remaining);
          this.take(chunk, pos, end);
          this.remaining -= end - pos;
          pos = end;
          if (this.remaining === 0) this.finish();
          break;
        }
        case CHUNK_SIZE:
          pos = this.readChunkSize(chunk, pos);
          break;
        case CHUNK_DATA: {
          const end = Math.min(chunk.length, pos + this.remaining);
          this.take(chunk, pos, end);
          this.remaining -= end - pos;
          pos = end;
          if (this.remaining === 0) {
            this.state = CHUNK_DATA_END;
            this.remaining = 2;
          }
          break;
        }
        case CHUNK_DATA_END:
          if (chunk[pos] !== CRLF[2 - this.remaining])
            throw new HttpParseError('chunk data not followed by CRLF');
          pos++;
          if (--this.remaining === 0) this.state = CHUNK_SIZE;
          break;
        case TRAILERS:
          pos = this.readTrailer(chunk, pos);
          break;
        case UNTIL_CLOSE:
          this.take(chunk, pos, chunk.length);
          pos = chunk.length;
          break;
        default:
          // Bytes after a complete response: the server is out of step with us, so the connection is not reused.
          this.keepAlive = false;
          return;
      }
    }
  }

  /** The connection ended. Completes a body framed by the connection's end; otherwise the response was cut off. */
  end(): void {
    if (this.state === UNTIL_CLOSE) this.finish();
    else if (!this.done) throw new Error('the response was cut off');
  }

  private finish(): void {
    this.state = DONE;
    this.done = true;
  }

  private take(chunk: Buffer, start: number, end: number): void {
    if (end === start) return;
    this.received += end - start;
    if (this.received > this.maxBodyBytes) throw tooLarge(this.maxBodyBytes);
    this.chunks.push(start === 0 && end === chunk.length ? chunk : chunk.subarray(start, end));
  }

  /** Joins what was held back with the new bytes; `from` is where a delimiter search may start. */
  private join(chunk: Buffer, pos: number, delimiter: number): { buf: Buffer; from: number } {
    const rest = pos === 0 ? chunk : chunk.subarray(pos);
    const held = this.pending;
    if (held === undefined) return { buf: rest, from: 0 };
    this.pending = undefined;
    return { buf: Buffer.concat([held, rest]), from: Math.max(0, held.length - delimiter + 1) };
  }

  private readHead(chunk: Buffer, pos: number): number {
    const { buf, from } = this.join(chunk, pos, 4);
    const end = buf.indexOf(CRLFCRLF, from);
    if (end === -1) {
      if (buf.length > MAX_HEAD_BYTES) throw new HttpParseError('response headers too large');
      this.pending = buf;
      return chunk.length;
    }
    if (end > MAX_HEAD_BYTES) throw new HttpParseError('response headers too large');
    const consumed = end + 4 - (buf.length - (chunk.length - pos));
    this.parseHead(buf.toString('latin1', 0, end));
    return pos + consumed;
  }

  private parseHead(text: string): void {
    const lines = text.split('\r\n');
    const match = STATUS_LINE.exec(lines[0]!);
    if (!match) throw new HttpParseError('bad status line');
    const status = Number(match[2]);
    const headers = Object.create(null) as Record<string, string>;
    let contentLength: string | undefined;
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i]!;
      const colon = line.indexOf(':');
      const name = colon > 0 ? line.slice(0, colon) : '';
      if (!TOKEN.test(name)) throw new HttpParseError('bad header line');
      const value = trimOws(line.slice(colon + 1));
      if (BAD_VALUE.test(value)) throw new HttpParseError('bad header value');
      const key = name.toLowerCase();
      if (key === 'content-length') {
        if (contentLength !== undefined && contentLength !== value) {
          throw new HttpParseError('conflicting content-length headers');
        }
        contentLength = value;
        headers[key] = value;
        continue;
      }
      const seen = headers[key];
      headers[key] = seen === undefined ? value : `${seen}, ${value}`;
    }
    if (status < 200) {
      // 100 Continue, 103 Early Hints...: informational, the real answer follows. 101 would switch protocols,
      // which this client never asks for.
      if (status === 101) throw new HttpParseError('unexpected 101 Switching Protocols');
      return;
    }
    this.status = status;
    this.headers = headers;
    const connection = headers.connection?.toLowerCase();
    if (match[1] === '0')
      this.keepAlive = connection !== undefined && /(?:^|,)\s*keep-alive\s*(?:,|$)/.test(connection);
    else if (connection !== undefined && /(?:^|,)\s*close\s*(?:,|$)/.test(connection)) this.keepAlive = false;

    const transferEncoding = headers['transfer-encoding'];
    if (this.noBody || status === 204 || status === 304) {
      this.finish();
    } else if (transferEncoding !== undefined) {
      if (transferEncoding.toLowerCase() !== 'chunked') {
        throw new HttpParseError(`unsupported transfer-encoding "${transferEncoding}"`);
      }
      // Both framings at once is how request smuggling starts (RFC 9112 section 6.3): refuse rather than pick one.
      if (contentLength !== undefined) throw new HttpParseError('both transfer-encoding and content-length');
      this.state = CHUNK_SIZE;
    } else if (contentLength !== undefined) {
      if (!/^\d{1,15}$/.test(contentLength)) throw new HttpParseError('bad content-length');
      const length = Number(contentLength);
      if (length > this.maxBodyBytes) throw tooLarge(this.maxBodyBytes);
      this.remaining = length;
      if (length === 0) this.finish();
      else this.state = FIXED;
    } else {
      this.state = UNTIL_CLOSE;
      this.keepAlive = false;
    }
  }

  /** Reads up to the next CRLF; undefined (bytes held back) when it has not arrived yet. */
  private readLine(chunk: Buffer, pos: number, max: number): { line: string; next: number } | undefined {
    const { buf, from } = this.join(chunk, pos, 2);
    const end = buf.indexOf(CRLF, from);
    if (end === -1) {
      if (buf.length > max) throw new HttpParseError('line too long in chunked body');
      this.pending = buf;
      return undefined;
    }
    if (end > max) throw new HttpParseError('line too long in chunked body');
    const consumed = end + 2 - (buf.length - (chunk.length - pos));
    return { line: buf.toString('latin1', 0, end), next: pos + consumed };
  }

  private readChunkSize(chunk: Buffer, pos: number): number {
    const read = this.readLine(chunk, pos, MAX_CHUNK_LINE_BYTES);
    if (read === undefined) return chunk.length;
    const match = CHUNK_LINE.exec(read.line);
    if (!match) throw new HttpParseError('bad chunk size');
    const size = parseInt(match[1]!, 16);
    if (this.received + size > this.maxBodyBytes) throw tooLarge(this.maxBodyBytes);
    if (size === 0) {
      this.state = TRAILERS;
      this.remaining = 0;
    } else {
      this.state = CHUNK_DATA;
      this.remaining = size;
    }
    return read.next;
  }

  private readTrailer(chunk: Buffer, pos: number): number {
    const read = this.readLine(chunk, pos, MAX_HEAD_BYTES - this.remaining);
    if (read === undefined) return chunk.length;
    const { line } = read;
    if (line === '') {
      this.finish();
      return read.next;
    }
    this.remaining += line.length + 2; // the trailers' size so far, against the header limit
    const colon = line.indexOf(':');
    if (colon <= 0 || !TOKEN.test(line.slice(0, colon)) || BAD_VALUE.test(trimOws(line.slice(colon + 1)))) {
      throw new HttpParseError('bad trailer line');
    }
    return read.next;
  }
}

function trimOws(value: string): string {
  return value.replace(/^[\t ]+|[\t ]+$/g, '');
}

function tooLarge(max: number): Error {
  return new Error(`the response is larger than ${max} bytes`);
}
