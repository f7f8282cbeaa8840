import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as api from '../src/index';
import { operationNames, operations } from '../src/operations.generated';

// src/index.ts re-exports by name (no `export *`), so a regenerated spec could add a model the index forgets:
// every generated model, request type and API class must be named there.
const src = join(__dirname, '..', 'src');
const index = readFileSync(join(src, 'index.ts'), 'utf8');
const exported = new Set(index.match(/\b[A-Za-z_$][\w$]*\b/g));

describe('public surface', () => {
  it('re-exports every generated model', () => {
    const models = readdirSync(join(src, 'generated/models'))
      .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
      .map((f) => f.slice(0, -3));
    expect(models.length).toBeGreaterThan(30);
    expect(models.filter((m) => !exported.has(m))).toEqual([]);
  });

  it('re-exports every generated request type and API class', () => {
    const apis = readdirSync(join(src, 'generated/apis')).filter((f) => f.endsWith('Api.ts'));
    const names = apis.flatMap((f) => [
      f.slice(0, -3),
      ...[...readFileSync(join(src, 'generated/apis', f), 'utf8').matchAll(/^export interface (\w+)/gm)].map(
        (m) => m[1]!,
      ),
    ]);
    expect(names.filter((n) => !exported.has(n))).toEqual([]);
    for (const name of operationNames) expect(exported.has(`${name}Request`)).toBe(true);
  });

  it('exports the runtime values the contracts name', () => {
    for (const name of [
      'createClient',
      'EmrRayError',
      'ServiceError',
      'ThrottlingError',
      'RequestTimeoutError',
      'RequestAbortedError',
      'NetworkError',
      'isServiceError',
      'isThrottlingError',
      'isTransientError',
      'paginateListRayCluster',
      'paginateListRayJob',
      'paginateListRayLogs',
      'redact',
      'RayClusterApi',
      'RayClusterState',
    ]) {
      expect(typeof (api as Record<string, unknown>)[name]).not.toBe('undefined');
    }
    expect(Object.keys(operations)).toHaveLength(operationNames.length);
  });
});
