/**
 * The largest response body a transport buffers. No answer of this API comes near it; a bigger one is a misdirected
 * request (a proxy's download, a wrong endpoint), not something to hold in memory.
 */
export const MAX_RESPONSE_BYTES = 32 * 1024 * 1024;
