/**
 * Timing of the built-in waiters, in seconds.
 *
 * Why these numbers (from `npm run bench:waiters`, a simulation that drives the real waiters on a virtual clock): a
 * cluster takes from about 30 s to 10 min to start. The goal is a mean detection lag of at most 10 s with at most 45
 * calls for a 10-minute start. Once the delay reaches its cap it is drawn from [cap / 2, cap], so the lag is about
 * 0.39 x cap and a 10-minute start costs about 600 / (0.75 x cap) calls: a 22 s cap gives about 8.5 s and 40 calls,
 * leaving room for retried errors and the node-phase hint. A 3 s first delay reaches the cap in four calls, so a
 * 30-second start is still seen about 7 s late (4 s with the hint); starting at 2 s costs a call more for nothing.
 * AWS's 120 s cap lags about a minute at 10 min; a lower cap than ours spends calls against a per-account rate limit.
 * The grace period covers the seconds between StartRayCluster/StopRayCluster and the state showing the change.
 */
export const DEFAULT_WAITER_TIMING = { minDelay: 3, maxDelay: 22, gracePeriod: 30 } as const;
