import { findCommandWords } from '../src/findCommandWords';

describe('findCommandWords', () => {
  it('takes the first two words', () => {
    expect(findCommandWords(['clusters', 'get', 'ray-1'])).toEqual({ group: 'clusters', verb: 'get' });
  });

  it('skips global options and the values of those that take one', () => {
    expect(findCommandWords(['--workspace', 'w-1', '-o', 'json', '--show-secrets', 'jobs', 'list'])).toEqual({
      group: 'jobs',
      verb: 'list',
    });
    expect(findCommandWords(['--endpoint=http://x', 'clusters', 'list'])).toEqual({
      group: 'clusters',
      verb: 'list',
    });
  });

  it('stops at --', () => {
    expect(findCommandWords(['clusters', '--', 'get'])).toEqual({ group: 'clusters', verb: undefined });
  });

  it('finds nothing in an empty command line', () => {
    expect(findCommandWords([])).toEqual({ group: undefined, verb: undefined });
  });
});
