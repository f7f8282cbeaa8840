/** Node turns a `setTimeout` delay of 2^31 ms or more into 1 ms; longer sleeps are split into timers of this size. */
export const MAX_TIMER_DELAY_MS = 2 ** 31 - 1;
