import { CredentialsError } from './CredentialsError';

/** Status and body of a finished HTTP exchange. */
export interface TextResponse {
  status: number;
  text: string;
}

export interface FetchTextOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  timeoutMs: number;
  signal?: AbortSignal;
  /** Provider name for errors. */
  source: string;
  /** What is being fetched, for errors, without secrets (e.g. `IMDS token`). */
  what: string;
}

/**
 * fetch + read the body under one timeout. A caller's abort rejects with `signal.reason`; a timeout or network failure
 * becomes a `CredentialsError` with code `CredentialsRequestFailed`, a URL with user info one with `CredentialsInvalid`.
 * The timer is always cleared.
 */
export async function fetchText(url: URL, options: FetchTextOptions): Promise<TextResponse> {
  options.signal?.throwIfAborted();
  // fetch refuses such a URL with a message quoting it whole, password and query included.
  if (url.username !== '' || url.password !== '') {
    throw new CredentialsError(
      `${options.what} carries user info (user:password@), which fetch refuses; expected a URL without it`,
      { code: 'CredentialsInvalid', source: options.source },
    );
  }
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), options.timeoutMs);
  const signal =
    options.signal === undefined ? timeout.signal : AbortSignal.any([options.signal, timeout.signal]);
  try {
    const response = await fetch(url, {
      method: options.method ?? 'GET',
      headers: options.headers,
      body: options.body,
      signal,
      redirect: 'error',
    });
    return { status: response.status, text: await response.text() };
  } catch (error) {
    if (options.signal?.aborted) throw options.signal.reason;
    if (timeout.signal.aborted) {
      throw new CredentialsError(`${options.what} timed out after ${options.timeoutMs} ms`, {
        code: 'CredentialsRequestFailed',
        source: options.source,
      });
    }
    const reason = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
    throw new CredentialsError(`${options.what} failed (${reason})`, {
      code: 'CredentialsRequestFailed',
      source: options.source,
      cause: error,
    });
  } finally {
    clearTimeout(timer);
  }
}
