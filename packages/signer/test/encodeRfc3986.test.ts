import { canonicalizePath } from '../src/canonicalizePath';
import { canonicalizeQuery } from '../src/canonicalizeQuery';
import { decodeComponent } from '../src/decodeComponent';
import { encodeRfc3986 } from '../src/encodeRfc3986';

describe('encodeRfc3986 (pe() of signing.md 1.2)', () => {
  test.each([
    ['AZaz09-_.~', 'AZaz09-_.~'],
    [' ', '%20'],
    ['*', '%2A'],
    ['~', '~'],
    ['/', '%2F'],
    ['+', '%2B'],
    ["!'()", '%21%27%28%29'],
    ['"', '%22'],
    ['中', '%E4%B8%AD'],
    ['a b*c~d/e', 'a%20b%2Ac~d%2Fe'],
    ['😀', '%F0%9F%98%80'],
    ['%', '%25'],
    ['=&?#', '%3D%26%3F%23'],
    ['', ''],
  ])('%j -> %j', (input, expected) => {
    expect(encodeRfc3986(input)).toBe(expected);
  });
});

describe('canonicalizePath', () => {
  test.each([
    ['', '/'],
    ['/', '/'],
    ['/api/v1/clusters', '/api/v1/clusters'],
    ['/api/v1/workspaces/ws%201/rayCluster/rc%2A1~x', '/api/v1/workspaces/ws%201/rayCluster/rc%2A1~x'],
    // signing.md 1.2 example, from raw-ish wire forms that mean the same
    ['/api/v1/workspaces/ws%201/rayCluster/rc*1%7Ex', '/api/v1/workspaces/ws%201/rayCluster/rc%2A1~x'],
    ["/a/it's(1)!", '/a/it%27s%281%29%21'],
    ['/a%2Fb/c', '/a%2Fb/c'],
    ['/%e4%b8%ad', '/%E4%B8%AD'],
    ['/bad%zz/%', '/bad%25zz/%25'],
    ['/%FF', '/%EF%BF%BD'],
    ['no-leading', '/no-leading'],
  ])('%j -> %j', (input, expected) => {
    expect(canonicalizePath(input)).toBe(expected);
  });
});

describe('canonicalizeQuery', () => {
  test.each([
    ['', ''],
    ['b=2&a=1', 'a=1&b=2'],
    ['a=2&a=1&a=10', 'a=1&a=10&a=2'],
    ['flag', 'flag='],
    ['empty=&x=1', 'empty=&x=1'],
    ['q=a%20b', 'q=a%20b'],
    ['q=a+b', 'q=a%2Bb'],
    ['q=a*b~c', 'q=a%2Ab~c'],
    ['q=%7E', 'q=~'],
    ['path=%2Fx%2Fy', 'path=%2Fx%2Fy'],
    ['name=%E4%B8%AD', 'name=%E4%B8%AD'],
    ['a=1&&b=2&', 'a=1&b=2'],
    ['k=v=w', 'k=v%3Dw'],
  ])('%j -> %j', (input, expected) => {
    expect(canonicalizeQuery(input)).toBe(expected);
  });
});

describe('decodeComponent', () => {
  test('keeps + and malformed escapes literally, never throws', () => {
    expect(decodeComponent('a+b')).toBe('a+b');
    expect(decodeComponent('100%')).toBe('100%');
    expect(decodeComponent('%zz%41')).toBe('%zzA');
    expect(decodeComponent('%E4%B8%AD')).toBe('中');
  });
});
