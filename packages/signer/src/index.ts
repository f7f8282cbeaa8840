// Signing and verification (ACS3-HMAC-SHA256)
export { signRequest } from './signRequest';
export type { SignableRequest, SigningCredentials, SignRequestOptions } from './signRequest';
export { verifyRequest } from './verifyRequest';
export type {
  SecretLookup,
  VerifiableRequest,
  VerifyFailureCode,
  VerifyRequestOptions,
  VerifyResult,
} from './verifyRequest';

// Canonicalisation helpers shared by signRequest and verifyRequest
export { encodeRfc3986 } from './encodeRfc3986';
export { canonicalizePath } from './canonicalizePath';
export { canonicalizeQuery } from './canonicalizeQuery';
export { canonicalizeHeaders } from './canonicalizeHeaders';
export type { CanonicalHeaders } from './canonicalizeHeaders';
export { normalizeHeaders } from './normalizeHeaders';
export { createCanonicalRequest } from './createCanonicalRequest';
export type { CanonicalRequestParts } from './createCanonicalRequest';
export { createStringToSign } from './createStringToSign';
export { computeSignature } from './computeSignature';
export { formatAuthorization } from './formatAuthorization';
export { parseAuthorization } from './parseAuthorization';
export type { ParsedAuthorization } from './parseAuthorization';
export { EMPTY_PAYLOAD_SHA256, SIGNATURE_ALGORITHM } from './signatureAlgorithm';

// Credentials
export type { CredentialProvider, CredentialProviderOptions, Credentials } from './Credentials';
export { RedactedCredentials } from './RedactedCredentials';
export { CredentialsError, isCredentialsError } from './CredentialsError';
export type { CredentialsErrorCode, CredentialsErrorOptions } from './CredentialsError';
export { cacheCredentials } from './cacheCredentials';
export type { CacheCredentialsOptions } from './cacheCredentials';
export { staticCredentials } from './staticCredentials';
export { fromEnv } from './fromEnv';
export type { FromEnvOptions } from './fromEnv';
export { fromCliProfile } from './fromCliProfile';
export type { FromCliProfileOptions } from './fromCliProfile';
export { readCliProfile } from './readCliProfile';
export type { ReadCliProfileOptions } from './loadCliProfile';
export type { CliProfile } from './CliProfile';
export { fromIniFile } from './fromIniFile';
export type { FromIniFileOptions } from './fromIniFile';
export { fromEcsRamRole } from './fromEcsRamRole';
export type { FromEcsRamRoleOptions } from './fromEcsRamRole';
export { fromRamRoleArn } from './fromRamRoleArn';
export type { FromRamRoleArnOptions } from './fromRamRoleArn';
export type { StsEndpointOptions } from './resolveStsEndpoint';
export { fromOidcRoleArn } from './fromOidcRoleArn';
export type { FromOidcRoleArnOptions } from './fromOidcRoleArn';
export { fromCredentialsUri } from './fromCredentialsUri';
export type { FromCredentialsUriOptions } from './fromCredentialsUri';
export { defaultCredentialProvider } from './defaultCredentialProvider';
export type { DefaultCredentialProviderOptions } from './defaultCredentialProvider';
