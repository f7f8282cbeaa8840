import fc from 'fast-check';
import { canonicalizePath } from '../src/canonicalizePath';
import { splitRequestUrl } from '../src/splitRequestUrl';

// The reference: what signRequest read from `new URL()` before it had a fast path of its own.
function viaWhatwg(url: string): { host: string; pathname: string; query: string } | 'throws' {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'throws';
  }
  return {
    host: parsed.host,
    pathname: parsed.pathname,
    query: parsed.search.length > 1 ? parsed.search.slice(1) : '',
  };
}

function ours(url: string): { host: string; pathname: string; query: string } | 'throws' {
  try {
    const { canonicalPath, ...parts } = splitRequestUrl(url);
    // The flag lets signRequest skip canonicalizePath: it may only be set when that would change nothing.
    if (canonicalPath) expect(canonicalizePath(parts.pathname)).toBe(parts.pathname);
    return parts;
  } catch (error) {
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe(
      'request.url: expected an absolute URL such as https://host/path?query',
    );
    return 'throws';
  }
}

describe('splitRequestUrl', () => {
  test.each([
    'https://emr-serverless-spark.cn-hangzhou.aliyuncs.com/api/v1/workspaces/w-1/rayCluster/rc-1?regionId=cn-hangzhou',
    'https://host',
    'https://host/',
    'https://host?a=1',
    'https://host/?',
    'https://host/a?',
    'https://host//a//b/',
    'http://127.0.0.1/x',
    'http://0.0.0.0/x',
    'http://255.255.255.255/x',
    'http://256.1.1.1/x',
    'http://127.1/x',
    'http://0x7f.0.0.1/x',
    'http://01.2.3.4/x',
    'http://1.2.3.4.5/x',
    'http://1.2.3.4a/x',
    'http://a.0x1/x',
    'http://a.09/x',
    'http://127.0.0.1:8080/x',
    'https://host:443/x',
    'http://host:80/x',
    'https://host:0443/x',
    'https://host:/x',
    'https://host:99999/x',
    'https://HOST.example.com/x',
    'HTTPS://host/x',
    'https://host./x',
    'https://a..b/x',
    'https://-a-.b-/x',
    'https://xn--nxasmq6b.com/x',
    'https://xn--zz/x',
    'https://user:pass@host/x?token=secret',
    'https:///host/x',
    'https:host/x',
    'https://host/x#frag',
    'https://host/x?a=1#frag',
    'https://host/./x',
    'https://host/a/../x',
    'https://host/a/.',
    'https://host/a/%2e%2E/x',
    'https://host/a/.%2e',
    'https://host/.well-known/x',
    'https://host/a.b/c..d/e.',
    'https://host/a%2Fb%20c%ZZ%',
    "https://host/!$&'()*+,;=:@~_-",
    "https://host/x?a='b'",
    'https://host/x?a=!$&()*+,;=:@/?~%41%zz',
    'https://host/x?a b',
    'https://host/a b',
    'https://host/a\\b',
    'https://host/a\tb',
    'https://host/a\nb',
    ' https://host/x',
    'https://host/x ',
    'https://host/中?q=中',
    'https://host/a{b}|^`[]"<>',
    'https://host/x?{}|^`[]"<>\\',
    'ftp://host/x',
    'file:///etc/passwd',
    'mailto:a@b',
    'not a url',
    '',
  ])('%j: same host, path and query as new URL()', (url) => {
    expect(ours(url)).toEqual(viaWhatwg(url));
  });

  test('a URL object is read as it is', () => {
    const url = new URL('https://Host.Example:8443/a/../b?x=1#f');
    expect(splitRequestUrl(url)).toEqual({
      host: 'host.example:8443',
      pathname: '/b',
      query: 'x=1',
      canonicalPath: false,
    });
  });

  test('a plain path is known to be canonical, one with other characters is not', () => {
    expect(splitRequestUrl('https://h/api/v1/w-1/rc_2.x~y?a=1').canonicalPath).toBe(true);
    expect(splitRequestUrl('https://h').canonicalPath).toBe(true);
    expect(splitRequestUrl('https://h/a%20b').canonicalPath).toBe(false);
    expect(splitRequestUrl("https://h/a/it's").canonicalPath).toBe(false);
  });

  test('any http(s)-looking string: same host, path and query as new URL(), or both reject it', () => {
    const text = (chars: string, maxLength: number) =>
      fc.string({ unit: fc.constantFrom(...chars), maxLength });
    const url = fc
      .tuple(
        fc.constantFrom('https://', 'http://', 'HTTPS://', 'https:/', 'ftp://', 'https://u@'),
        text('abz09.-x:n[]@', 16),
        text("aZ09-_.~/%2eE!$&'()*+,;=:@?# \t\\中{}", 24),
        fc.option(text("aZ09-_.~/%2eE!$&'()*+,;=:@?# \\中", 16), { nil: undefined }),
      )
      .map(([scheme, host, path, query]) => scheme + host + path + (query === undefined ? '' : '?' + query));
    fc.assert(
      fc.property(url, (input) => {
        expect(ours(input)).toEqual(viaWhatwg(input));
      }),
      { numRuns: 3000 },
    );
  });
});
