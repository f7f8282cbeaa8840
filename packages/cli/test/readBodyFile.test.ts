import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readBodyFile } from '../src/input/readBodyFile';

describe('readBodyFile', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'emr-ray-cli-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads YAML and JSON', async () => {
    await writeFile(join(dir, 'c.yaml'), 'name: dev\nheadSpec:\n  cpu: 2\n');
    await writeFile(join(dir, 'c.json'), '{"name": "dev"}');
    expect(await readBodyFile(join(dir, 'c.yaml'))).toEqual({ name: 'dev', headSpec: { cpu: 2 } });
    expect(await readBodyFile(join(dir, 'c.json'))).toEqual({ name: 'dev' });
  });

  it('names the file and the problem', async () => {
    await writeFile(join(dir, 'bad.yaml'), 'name: [unclosed\n');
    await writeFile(join(dir, 'bad.json'), '{"name": ');
    await writeFile(join(dir, 'two.yaml'), 'a: 1\n---\nb: 2\n');
    await expect(readBodyFile(join(dir, 'bad.yaml'))).rejects.toThrow(/bad\.yaml: is not valid YAML: /);
    await expect(readBodyFile(join(dir, 'bad.json'))).rejects.toThrow(/bad\.json: is not valid JSON: /);
    await expect(readBodyFile(join(dir, 'two.yaml'))).rejects.toThrow(
      /two\.yaml: holds several YAML documents/,
    );
    await expect(readBodyFile(join(dir, 'missing.yaml'))).rejects.toThrow(
      /missing\.yaml: cannot be read: no such file/,
    );
  });
});
