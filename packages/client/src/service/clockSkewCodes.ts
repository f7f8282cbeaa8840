/**
 * Error codes with which the gateway rejects a request because its `x-acs-date` is too far from the server's clock.
 * UNCONFIRMED: only `InvalidTimeStamp.Expired` is documented for signature V3 (what @emr-ray/signer's verifier and
 * the fake server answer); the others are the spellings used by other Alibaba Cloud gateways and are kept here so the
 * clock-skew correction has one list to extend.
 */
export const CLOCK_SKEW_CODES: ReadonlySet<string> = new Set([
  'InvalidTimeStamp.Expired',
  'InvalidTimeStamp.Format',
  'InvalidTimeStamp',
  'RequestTimeTooSkewed',
  'SignatureExpired',
]);
