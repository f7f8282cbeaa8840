import { HttpParseError } from '../src/transport/HttpParseError';
import { ResponseParser } from '../src/transport/ResponseParser';

const body = '{"a":1,"b":"éé"}';
const pieces = ['{"a":', '1', ',"b":"éé"', '}'];
const extensions = [';name=value', '', ' ; ext', ''];
const chunkedBytes = Buffer.from(
  'HTTP/1.1 100 Continue\r\n\r\n' +
    'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Acs-Request-Id: R1\r\nSet-Thing: a\r\nset-thing:  b \r\n' +
    'Transfer-Encoding: chunked\r\n\r\n' +
    pieces.map((p, i) => `${Buffer.byteLength(p).toString(16)}${extensions[i]}\r\n${p}\r\n`).join('') +
    '0\r\nX-Trailer: t\r\nOther: u\r\n\r\n',
);
const errorBody = '{"Code":"X","Message":"é!"}';
const length = Buffer.byteLength(errorBody);
const fixed = Buffer.from(
  `HTTP/1.1 404 Not Found\r\ncontent-length: ${length}\r\nContent-Length: ${length}\r\nconnection: close\r\n\r\n${errorBody}`,
);

function parse(pieces: Buffer[], noBody = false): ResponseParser {
  const parser = new ResponseParser(noBody, 1024);
  for (const piece of pieces) parser.push(piece);
  return parser;
}

describe('ResponseParser', () => {
  it('reads a chunked answer with extensions and trailers, after a 100 Continue', () => {
    expect(chunkedBytes.toString()).toContain('b ; ext\r\n,"b":"éé"\r\n'); // 11 bytes, é is two
    const parser = parse([chunkedBytes]);
    expect(parser.done).toBe(true);
    expect(parser.status).toBe(200);
    expect(parser.body()).toBe(body);
    expect(parser.headers['x-acs-request-id']).toBe('R1');
    expect(parser.headers['set-thing']).toBe('a, b');
    expect(parser.headers['x-trailer']).toBeUndefined();
    expect(parser.keepAlive).toBe(true);
  });

  it('gives the same result wherever the bytes are split, and one byte at a time', () => {
    for (const bytes of [chunkedBytes, fixed]) {
      const whole = parse([bytes]);
      for (let at = 0; at <= bytes.length; at++) {
        const split = parse([bytes.subarray(0, at), bytes.subarray(at)]);
        expect([split.done, split.status, split.body(), split.keepAlive]).toEqual([
          true,
          whole.status,
          whole.body(),
          whole.keepAlive,
        ]);
      }
      const bytewise = parse([...bytes].map((b) => Buffer.from([b])));
      expect([bytewise.status, bytewise.body(), bytewise.headers]).toEqual([
        whole.status,
        whole.body(),
        whole.headers,
      ]);
    }
    expect(parse([fixed]).body()).toBe(errorBody);
    expect(parse([fixed]).keepAlive).toBe(false);
  });

  it('waits for the rest of a Content-Length body and stops at its end', () => {
    const parser = parse([Buffer.from('HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nab')]);
    expect(parser.done).toBe(false);
    expect(() => parser.end()).toThrow('the response was cut off');
    const extra = parse([Buffer.from('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nabHTTP/1.1')]);
    expect([extra.done, extra.body(), extra.keepAlive]).toEqual([true, 'ab', false]);
  });

  it('reads a body framed by the end of the connection, and never reuses that connection', () => {
    const parser = parse([Buffer.from('HTTP/1.1 200 OK\r\n\r\n{"x":'), Buffer.from('1}')]);
    expect(parser.done).toBe(false);
    parser.end();
    expect([parser.done, parser.body(), parser.keepAlive]).toEqual([true, '{"x":1}', false]);
  });

  it('reads no body for HEAD, 204 and 304, whatever the headers say', () => {
    const head = parse([Buffer.from('HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n')], true);
    expect([head.done, head.body()]).toEqual([true, '']);
    for (const status of [204, 304]) {
      const parser = parse([Buffer.from(`HTTP/1.1 ${status} X\r\nContent-Length: 100\r\n\r\n`)]);
      expect([parser.done, parser.status, parser.keepAlive]).toEqual([true, status, true]);
    }
  });

  it('keeps an HTTP/1.0 connection only when the server says keep-alive', () => {
    expect(parse([Buffer.from('HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n')]).keepAlive).toBe(false);
    const kept = parse([
      Buffer.from('HTTP/1.0 200 OK\r\nConnection: Keep-Alive\r\nContent-Length: 0\r\n\r\n'),
    ]);
    expect(kept.keepAlive).toBe(true);
  });

  it.each([
    ['a bad status line', 'HTTP/1.1 OK\r\n\r\n'],
    ['another protocol', 'ICY 200 OK\r\n\r\n'],
    ['a bare LF', 'HTTP/1.1 200 OK\nContent-Length: 0\r\n\r\n'],
    ['a folded header', 'HTTP/1.1 200 OK\r\nX-A: 1\r\n  continued\r\nContent-Length: 0\r\n\r\n'],
    ['a space before the colon', 'HTTP/1.1 200 OK\r\nContent-Length : 0\r\n\r\n'],
    ['a control character in a value', 'HTTP/1.1 200 OK\r\nX-A: a\x01b\r\nContent-Length: 0\r\n\r\n'],
    ['a bad content-length', 'HTTP/1.1 200 OK\r\nContent-Length: 1e3\r\n\r\n'],
    ['conflicting content-lengths', 'HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab'],
    ['both framings', 'HTTP/1.1 200 OK\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n'],
    ['an unknown transfer coding', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n'],
    ['a bad chunk size', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n'],
    ['a chunk not ended by CRLF', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nab\r\n'],
    ['a bad trailer', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nno colon\r\n\r\n'],
    ['a 101 switch', 'HTTP/1.1 101 Switching Protocols\r\n\r\n'],
    ['headers over 16 KiB', `HTTP/1.1 200 OK\r\nX-A: ${'a'.repeat(17 * 1024)}`],
  ])('refuses %s', (_what, text) => {
    const parser = new ResponseParser(false, 1024);
    let error: unknown;
    try {
      parser.push(Buffer.from(text, 'latin1'));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(HttpParseError);
    expect(error).toMatchObject({ code: 'MalformedResponse' });
  });

  it('refuses a body over the cap, announced or streamed', () => {
    const announced = new ResponseParser(false, 10);
    expect(() => announced.push(Buffer.from('HTTP/1.1 200 OK\r\nContent-Length: 11\r\n\r\n'))).toThrow(
      'the response is larger than 10 bytes',
    );
    const streamed = new ResponseParser(false, 10);
    streamed.push(Buffer.from('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n8\r\n12345678\r\n'));
    expect(() => streamed.push(Buffer.from('8\r\n'))).toThrow('the response is larger than 10 bytes');
    const untilClose = new ResponseParser(false, 10);
    untilClose.push(Buffer.from('HTTP/1.1 200 OK\r\n\r\n1234567890'));
    expect(() => untilClose.push(Buffer.from('1'))).toThrow('the response is larger than 10 bytes');
  });
});
