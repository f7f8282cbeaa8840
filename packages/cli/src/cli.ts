// The module bin/emr-ray.js imports. `--version` is answered here before anything else is loaded (deploy scripts run
// it to check the install; bench/startup.mjs holds it to 1.3x a bare node start); every other command line goes to
// runProcess, loaded on demand.
declare const __EMR_RAY_CLI_VERSION__: string | undefined;

const argv = process.argv.slice(2);
const options = argv.includes('--') ? argv.slice(0, argv.indexOf('--')) : argv;

if (options.includes('--version') || options.includes('-V')) {
  // The same value as src/version.ts, inlined so that this path imports no module.
  process.stdout.write(
    `${typeof __EMR_RAY_CLI_VERSION__ === 'string' ? __EMR_RAY_CLI_VERSION__ : '0.0.0-development'}\n`,
  );
} else {
  void import('./runProcess').then(({ runProcess }) => runProcess(argv));
}
