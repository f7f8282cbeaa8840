// Preloaded with `node -r` by a test: at exit, prints the files the CommonJS loader loaded, one per line, on stderr.
process.on('exit', () => {
  process.stderr.write(`${Object.keys(require.cache).join('\n')}\n`);
});
