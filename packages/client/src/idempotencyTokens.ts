/**
 * Body fields that make an operation idempotent: the client fills in a random UUID when the caller gave none and
 * sends the same value on every attempt, so a retried request cannot take effect twice.
 * TODO(spec): move into the operations table (an `x-emr-ray-idempotency-token: clientToken` extension on the
 * operation); until then this is the one hand-kept fact about an operation.
 */
export const IDEMPOTENCY_TOKENS: Readonly<Record<string, string>> = { StartRayCluster: 'clientToken' };
