const UNRESERVED = /^[A-Za-z0-9\-._~]*$/;
const SUB_DELIMS_LEFT_RAW = /[!'()*]/g;

function encodeLeftover(char: string): string {
  return '%' + char.charCodeAt(0).toString(16).toUpperCase();
}

/**
 * Percent-encodes a string per RFC 3986 as Alibaba Cloud signatures require (`pe()` of the V3 signing spec):
 * unreserved characters (`A-Z a-z 0-9 - _ . ~`) stay, every other UTF-8 byte becomes `%XY` with upper-case hex
 * (space is `%20`, never `+`; `*` is `%2A`; `/` is `%2F`). Use it for path parameters and query names and values.
 */
export function encodeRfc3986(value: string): string {
  if (UNRESERVED.test(value)) return value;
  // encodeURIComponent already emits upper-case hex and leaves ~ alone; it only leaves ! ' ( ) * unencoded.
  return encodeURIComponent(value).replace(SUB_DELIMS_LEFT_RAW, encodeLeftover);
}
