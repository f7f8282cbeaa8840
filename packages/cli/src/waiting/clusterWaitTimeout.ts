/** The default `--timeout` of a cluster wait, in seconds: a cold start takes minutes, not half an hour. */
export const clusterWaitTimeout = 1800;
