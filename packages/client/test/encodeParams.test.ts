import { InvalidParameterError } from '../src/errors/InvalidParameterError';
import { operations } from '../src/operations.generated';
import { buildPathAndQuery } from '../src/request/buildPathAndQuery';
import { encodePathParam } from '../src/request/encodePathParam';

describe('path and query encoding', () => {
  it('encodes each id as one segment', () => {
    expect(encodePathParam('Op', 'clusterId', 'a/b?c#d')).toBe('a%2Fb%3Fc%23d');
    expect(encodePathParam('Op', 'clusterId', '集群 1')).toBe('%E9%9B%86%E7%BE%A4%201');
    expect(encodePathParam('Op', 'clusterId', '../x')).toBe('..%2Fx');
    expect(encodePathParam('Op', 'clusterId', "it's*(x)!")).toBe('it%27s%2A%28x%29%21');
    expect(encodePathParam('Op', 'clusterId', 'ray-1_a.b~c')).toBe('ray-1_a.b~c');
  });

  it.each([
    [undefined, 'got undefined'],
    [null, 'got null'],
    ['', 'got an empty string'],
    ['.', 'must be an id, got "."'],
    ['..', 'must be an id, got ".."'],
    [42, 'must be a string, got number'],
  ])('refuses %p, naming the parameter', (value, text) => {
    let error: unknown;
    try {
      encodePathParam('GetRayCluster', 'clusterId', value);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect((error as InvalidParameterError).parameter).toBe('clusterId');
    expect((error as Error).message).toContain('GetRayCluster: clusterId');
    expect((error as Error).message).toContain(text);
  });

  it('builds the query from the table, checking types and encoding values', () => {
    expect(
      buildPathAndQuery(operations.ListRayJob, {
        workspaceId: 'w 1',
        name: 'a&b=c',
        pageNum: 2,
        submitTime: { startTime: 1, endTime: 2 },
      }),
    ).toBe(
      '/api/v1/workspaces/w%201/rayJob?name=a%26b%3Dc&pageNum=2&submitTime=%7B%22startTime%22%3A1%2C%22endTime%22%3A2%7D',
    );
    expect(() => buildPathAndQuery(operations.ListRayCluster, { workspaceId: 'w', pageSize: '10' })).toThrow(
      /ListRayCluster: pageSize must be an integer, got "10"/,
    );
    expect(() => buildPathAndQuery(operations.ListRayCluster, { workspaceId: 'w', pageNum: 1.5 })).toThrow(
      InvalidParameterError,
    );
  });
});
