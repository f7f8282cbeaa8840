import type { TransportRequest } from './Transport';

const UNSAFE = /[\r\n\0]/;
const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);

/**
 * The whole request as one string, written to the socket in one call: request line, headers, body. The signer's
 * header names and values never hold line breaks; the check is the last guard against a header injection.
 */
export function encodeRequest(request: TransportRequest): string {
  const { url, headers, body, method } = request;
  let head = `${method} ${url.pathname}${url.search} HTTP/1.1\r\n`;
  for (const name in headers) {
    const value = headers[name]!;
    if (UNSAFE.test(value) || UNSAFE.test(name)) {
      throw new TypeError(`header "${name}" holds a line break or NUL`);
    }
    head += `${name}: ${value}\r\n`;
  }
  if (headers.host === undefined) head += `host: ${url.host}\r\n`;
  if (body !== undefined) head += `content-length: ${Buffer.byteLength(body)}\r\n`;
  else if (BODY_METHODS.has(method)) head += 'content-length: 0\r\n';
  head += 'connection: keep-alive\r\n\r\n';
  return body === undefined ? head : head + body;
}
