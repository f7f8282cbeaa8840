/**
 * The label an error is counted under in `observed`: `503 ServiceUnavailable` for an API error (status and code),
 * the error's name otherwise (`NetworkError`, `RequestTimeoutError`).
 */
export function errorLabel(error: unknown): string {
  if (typeof error === 'object' && error !== null) {
    const { statusCode, code, name } = error as { statusCode?: unknown; code?: unknown; name?: unknown };
    if (typeof statusCode === 'number' && typeof code === 'string' && code !== '')
      return `${statusCode} ${code}`;
    if (typeof name === 'string' && name !== '') return name;
  }
  return 'Error';
}
