/** The only algorithm the gateway documents (signing.md 1.6); SM3 and RSA variants are SDK-only and left out. */
export const SIGNATURE_ALGORITHM = 'ACS3-HMAC-SHA256';

/** SHA-256 of the empty payload, precomputed for requests without a body. */
export const EMPTY_PAYLOAD_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
