import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';
import { packageBuild } from '../../tools/tsup.base';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

// Two entries: the library (index) and the bin's module (cli; bin/emr-ray.js requires its CommonJS build, which
// starts faster than ESM). Splitting gives each lazily imported module (a command, the error report, the client
// factory) its own chunk, so `emr-ray --version` loads one small file and neither the client, the waiters nor yaml.
// Only our own modules are imported lazily; they import packages statically, so the CommonJS build loads only the
// CommonJS builds of the client and the waiters.
export default defineConfig(
  packageBuild({
    entry: { index: 'src/index.ts', cli: 'src/cli.ts' },
    splitting: true,
    dts: { entry: { index: 'src/index.ts' } },
    define: { __EMR_RAY_CLI_VERSION__: JSON.stringify(version) },
    esbuildOptions(options) {
      options.chunkNames = 'chunks/[name]-[hash]';
    },
  }),
);
