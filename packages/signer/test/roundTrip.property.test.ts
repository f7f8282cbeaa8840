import fc from 'fast-check';
import { encodeRfc3986 } from '../src/encodeRfc3986';
import { signRequest } from '../src/signRequest';
import { verifyRequest, type VerifiableRequest } from '../src/verifyRequest';

const now = new Date('2025-03-04T05:06:07Z');
const methods = fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD');
// Text with unicode, reserved characters and spaces (arbitrary strings, not just safe ones).
const component = fc.oneof(
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }),
  fc.string({
    unit: fc.constantFrom(...'aZ09-_.~ !*\'()/+=&?#%:@;,$[]"<>{}|\\^`中😀'),
    minLength: 1,
    maxLength: 12,
  }),
);
const headerName = fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/);
const headerValue = fc.stringMatching(/^[\x21-\x7e]([\x20-\x7e]{0,20}[\x21-\x7e])?$/);
const secret = fc.stringMatching(/^[A-Za-z0-9]{8,40}$/);
const body = fc.option(
  fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.uint8Array({ minLength: 1, maxLength: 200 })),
  { nil: undefined },
);

const requestArb = fc.record({
  method: methods,
  segments: fc.array(component, { minLength: 0, maxLength: 4 }),
  query: fc.array(fc.tuple(component, fc.oneof(component, fc.constant(''))), { maxLength: 5 }),
  signedExtra: fc.dictionary(
    headerName.map((n) => 'x-acs-' + n),
    headerValue,
    { maxKeys: 3 },
  ),
  unsignedExtra: fc.dictionary(
    headerName.map((n) => 'x-other-' + n),
    headerValue,
    { maxKeys: 2 },
  ),
  body,
  secret,
  token: fc.option(fc.stringMatching(/^[A-Za-z0-9+/=]{10,60}$/), { nil: undefined }),
});

type Input = typeof requestArb extends fc.Arbitrary<infer T> ? T : never;

function build(input: Input): {
  request: VerifiableRequest;
  keys: { accessKeySecret: string; securityToken?: string };
} {
  const path = '/' + input.segments.map(encodeRfc3986).join('/');
  const query = input.query.map(([k, v]) => encodeRfc3986(k) + '=' + encodeRfc3986(v)).join('&');
  // What fetch sends: the WHATWG URL of it (dot segments such as `/.` resolved), which is what a server receives.
  const wire = new URL('https://emr.example.com' + path + (query ? '?' + query : ''));
  const target = wire.pathname + wire.search;
  const credentials = { accessKeyId: 'AKPROP', accessKeySecret: input.secret, securityToken: input.token };
  const headers = signRequest(
    {
      method: input.method,
      url: 'https://emr.example.com' + target,
      headers: { ...input.signedExtra, ...input.unsignedExtra },
      body: input.body,
    },
    credentials,
    { action: 'Act', version: '2023-08-08', date: now },
  );
  return {
    request: { method: input.method, url: target, headers, body: input.body },
    keys: { accessKeySecret: input.secret, securityToken: input.token },
  };
}

function flipByte(text: string, index: number): string {
  const bytes = Buffer.from(text, 'utf8');
  const i = index % bytes.length;
  // Keep it printable ASCII so the mutation stays a valid header value / URL character.
  const original = bytes[i]!;
  bytes[i] = original >= 0x21 && original < 0x7e ? original + 1 : 0x41;
  return bytes.toString('latin1');
}

describe('sign then verify (property-based)', () => {
  test('every signed request verifies', async () => {
    await fc.assert(
      fc.asyncProperty(requestArb, async (input) => {
        const { request, keys } = build(input);
        const result = await verifyRequest(request, () => keys, { now });
        expect(result).toEqual({ ok: true, accessKeyId: 'AKPROP' });
      }),
      { numRuns: 300 },
    );
  });

  test('any single-byte change to method, path, query, a signed header, the body or the secret fails', async () => {
    const mutation = fc.constantFrom('method', 'path', 'query', 'header', 'body', 'secret');
    await fc.assert(
      fc.asyncProperty(requestArb, mutation, fc.nat(), async (input, what, index) => {
        const { request, keys } = build(input);
        let mutated = request;
        let mutatedKeys = keys;
        switch (what) {
          case 'method':
            mutated = { ...request, method: request.method === 'GET' ? 'GEU' : 'GET' };
            break;
          case 'path': {
            const [path, query] = request.url.split('?');
            const flipped = flipByte(path!, index);
            fc.pre(flipped !== path && !flipped.includes('?') && !flipped.includes('#'));
            // a change that only re-spells the same decoded path (e.g. %7E vs ~) is not a change
            fc.pre(decodeURIComponentSafe(flipped) !== decodeURIComponentSafe(path!));
            mutated = { ...request, url: flipped + (query === undefined ? '' : '?' + query) };
            break;
          }
          case 'query': {
            const q = request.url.indexOf('?');
            const query = q === -1 ? '' : request.url.slice(q + 1);
            const changed = query === '' ? 'x=1' : flipByte(query, index);
            fc.pre(!changed.includes('#'));
            fc.pre(canonical(changed) !== canonical(query));
            mutated = { ...request, url: (q === -1 ? request.url : request.url.slice(0, q)) + '?' + changed };
            break;
          }
          case 'header': {
            const names = Object.keys(request.headers).filter(
              (n) => (n.startsWith('x-acs-') || n === 'host' || n === 'content-type') && n !== 'x-acs-date',
            );
            const name = names[index % names.length]!;
            const value = String(request.headers[name]);
            const changed = flipByte(value, index).trim();
            fc.pre(changed !== value);
            mutated = { ...request, headers: { ...request.headers, [name]: changed } };
            break;
          }
          case 'body': {
            const original = request.body === undefined ? Buffer.alloc(0) : Buffer.from(request.body);
            const bytes = Buffer.from(original);
            if (bytes.length === 0) mutated = { ...request, body: 'x' };
            else {
              bytes[index % bytes.length] ^= 0x01;
              mutated = { ...request, body: bytes };
            }
            break;
          }
          case 'secret': {
            const changed = flipByte(keys.accessKeySecret, index);
            mutatedKeys = { ...keys, accessKeySecret: changed };
            break;
          }
        }
        const result = await verifyRequest(mutated, () => mutatedKeys, { now });
        expect(result.ok).toBe(false);
      }),
      { numRuns: 600 },
    );
  });
});

function decodeURIComponentSafe(value: string): string {
  return value
    .split('/')
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return '\u0000' + segment;
      }
    })
    .join('/');
}

function canonical(query: string): string {
  return query
    .split('&')
    .filter(Boolean)
    .map((pair) => {
      const eq = pair.indexOf('=');
      const parts = eq === -1 ? [pair, ''] : [pair.slice(0, eq), pair.slice(eq + 1)];
      return parts.map((part) => {
        try {
          return decodeURIComponent(part);
        } catch {
          return '\u0000' + part;
        }
      });
    })
    .map(([k, v]) => `${k}\u0001${v}`)
    .sort()
    .join('\u0002');
}
