/** The default `--timeout` of a job wait, in seconds: jobs may run for hours. */
export const jobWaitTimeout = 21600;
