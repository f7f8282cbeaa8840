import { readdirSync, readFileSync } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { join } from 'node:path';
import { format } from 'node:util';
import * as signer from '../src/index';

// Runs every ```ts block of the README (not the `ts no-test` ones) as JavaScript, with its imports resolved to this
// package's source and Node built-ins, and checks what each prints.
const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1]!);

type Runner = (
  load: (name: string) => unknown,
  console: { log: (...args: unknown[]) => void },
) => Promise<void>;
const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (
  ...args: string[]
) => Runner;

async function run(code: string): Promise<string[]> {
  const script = code.replace(
    /import\s*\{([^}]*)\}\s*from\s*'([^']+)';/g,
    (_all, names: string, from: string) => {
      return `const {${names}} = __load(${JSON.stringify(from)});`;
    },
  );
  const lines: string[] = [];
  const modules: Record<string, unknown> = {
    '@emr-ray/signer': signer,
    'node:fs/promises': fsPromises,
    'node:os': os,
    'node:path': path,
  };
  const load = (name: string): unknown => {
    if (!(name in modules)) throw new Error(`README imports ${name}: add it to the test's module map`);
    return modules[name];
  };
  await new AsyncFunction('__load', 'console', script)(load, {
    log: (...args) => lines.push(format(...args)),
  });
  return lines;
}

describe('README examples', () => {
  test('there are four runnable examples', () => {
    expect(blocks).toHaveLength(4);
    for (const block of blocks) expect(block).not.toMatch(/defaultCredentialProvider\(\)/);
  });

  test('signing a GET', async () => {
    const [authorization] = await run(blocks[0]!);
    expect(authorization).toMatch(
      /^ACS3-HMAC-SHA256 Credential=LTAI5tExampleKeyId,SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=[0-9a-f]{64}$/,
    );
  });

  test('signing a POST with STS credentials', async () => {
    expect(await run(blocks[1]!)).toEqual(['application/json; charset=utf-8 true']);
  });

  test('verifying', async () => {
    expect(await run(blocks[2]!)).toEqual([
      "{ ok: true, accessKeyId: 'AKID' }",
      'false SignatureDoesNotMatch',
    ]);
  });

  test('the default chain with explicit env and home directory', async () => {
    expect(await run(blocks[3]!)).toEqual([
      'true CredentialsNotFound',
      'env > oidc_role_arn > cli_profile > profile > ecs_ram_role > credential_uri',
      'default/env false',
    ]);
  });

  test('README lists every environment variable the source reads', () => {
    const sourceDir = join(__dirname, '..', 'src');
    const used = new Set<string>();
    for (const file of readdirSync(sourceDir)) {
      for (const match of readFileSync(join(sourceDir, file), 'utf8').matchAll(/ALIBABA_CLOUD_[A-Z0-9_]+/g)) {
        used.add(match[0]);
      }
    }
    const table = readme.slice(readme.indexOf('### Environment variables'));
    for (const name of used) expect(table).toContain('`' + name);
  });
});
