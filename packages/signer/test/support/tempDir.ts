import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A real temporary directory, removed by `cleanup`. */
export async function makeTempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'emr-ray-signer-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
