/** The exit code table, as `emr-ray --help` and the README show it. */
export const exitCodeHelp = `Exit codes:
  0    success
  1    the API answered with an error, or another error (network, credentials, a file)
  2    usage error: unknown command or option, missing or bad value
  3    a wait ended in a failure state (e.g. cluster Error, job Failed, cluster not found)
  4    a wait reached --timeout
  130  interrupted (Ctrl-C / SIGINT, or SIGTERM): the wait stopped, nothing was changed`;
