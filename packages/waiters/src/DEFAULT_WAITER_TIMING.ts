/**
 * Timing of the built-in waiters, in seconds.
 *
 * Why these numbers (measured by `npm run bench:waiters`, a simulation that drives the real waiter code): a cluster
 * takes from about 30 s to 10 min to start. A delay that doubles from 2 s reaches the cap within 5 calls, so a fast
 * start is seen within a few seconds; a 20 s cap with jitter in its upper half (10-20 s, mean 15 s) gives a mean
 * detection lag of about 8 s once the cap is reached while keeping a 10-minute start near 40 calls, under the goal of
 * at most 10 s lag and 45 calls. A higher cap costs lag (AWS's 120 s cap lags about a minute), a lower one costs calls
 * against a per-account API rate limit shared with everything else the account does.
 * The grace period covers the seconds between StartRayCluster/StopRayCluster and the state showing the change.
 */
export const DEFAULT_WAITER_TIMING = { minDelay: 2, maxDelay: 20, gracePeriod: 30 } as const;
