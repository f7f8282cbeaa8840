/** A response without its `requestId`: what `get` prints is the resource itself. */
export function withoutRequestId<T extends { requestId?: string }>(response: T): Omit<T, 'requestId'> {
  const { requestId: _requestId, ...rest } = response;
  return rest;
}
