/** Why a wait ended without success. */
export type WaiterFailureReason = 'FAILURE' | 'TIMEOUT' | 'ABORTED';
