import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';
import { packageBuild } from '../../tools/tsup.base';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

// Two entries: the library (index) and the bin's module (cli). Splitting puts each command in its own chunk, loaded
// only when that command runs, so `emr-ray --version` parses little more than the argument handling.
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
