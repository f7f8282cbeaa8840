import { isUsageError } from '../src/errors/isUsageError';
import { parseCommandLine } from '../src/parseCommandLine';

const options = {
  wait: { type: 'boolean' as const, description: '' },
  'worker-group': { type: 'string' as const, multiple: true, description: '' },
};

describe('parseCommandLine', () => {
  it('parses global and command options anywhere and drops the command words', () => {
    const parsed = parseCommandLine(
      [
        '-w',
        'w-1',
        'clusters',
        'create',
        '--wait',
        '--worker-group',
        'a=1',
        '--worker-group',
        'b=2',
        '-o',
        'json',
      ],
      options,
      2,
      {},
    );
    expect(parsed.positionals).toEqual([]);
    expect(parsed.values.wait).toBe(true);
    expect(parsed.values['worker-group']).toEqual(['a=1', 'b=2']);
    expect(parsed.settings).toEqual({
      workspace: 'w-1',
      region: undefined,
      endpoint: undefined,
      profile: undefined,
      output: 'json',
      showSecrets: false,
      quiet: false,
    });
  });

  it('falls back to EMR_RAY_WORKSPACE_ID and EMR_RAY_ENDPOINT; the flags win', () => {
    const env = { EMR_RAY_WORKSPACE_ID: 'w-env', EMR_RAY_ENDPOINT: 'http://127.0.0.1:1' };
    expect(parseCommandLine(['clusters', 'list'], {}, 2, env).settings).toMatchObject({
      workspace: 'w-env',
      endpoint: 'http://127.0.0.1:1',
    });
    expect(
      parseCommandLine(['clusters', 'list', '--workspace', 'w-flag'], {}, 2, env).settings.workspace,
    ).toBe('w-flag');
    expect(
      parseCommandLine(['clusters', 'list'], {}, 2, { EMR_RAY_WORKSPACE_ID: '' }).settings.workspace,
    ).toBe(undefined);
  });

  it('rejects an unknown option with a usage error naming it', () => {
    let caught: unknown;
    try {
      parseCommandLine(['clusters', 'list', '--bogus'], {}, 2, {});
    } catch (error) {
      caught = error;
    }
    expect(isUsageError(caught)).toBe(true);
    expect((caught as Error).message).toMatch(/Unknown option '--bogus'$/);
  });

  it('rejects a missing value and a bad --output', () => {
    expect(() => parseCommandLine(['clusters', 'list', '--workspace'], {}, 2, {})).toThrow(/--workspace/);
    expect(() => parseCommandLine(['clusters', 'list', '-o', 'yaml'], {}, 2, {})).toThrow(
      "--output expects 'text' or 'json', got 'yaml'",
    );
  });
});
