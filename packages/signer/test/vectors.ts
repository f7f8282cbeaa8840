// Official vectors of ../../../shared/reference/signing.md section 2, quoted exactly. Only these are ground truth:
// the signer must reproduce them, not agree with itself.

/** 2.1: the fixed-parameter example of the V3 signature document (DOC-FC / DOC-V3). */
export const officialV3Example = {
  name: 'official V3 fixed-parameter example (RunInstances)',
  accessKeyId: 'YourAccessKeyId',
  accessKeySecret: 'YourAccessKeySecret',
  method: 'POST',
  url: 'https://ecs.cn-shanghai.aliyuncs.com/?ImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai',
  action: 'RunInstances',
  version: '2014-05-26',
  date: '2023-10-26T10:22:32Z',
  nonce: '3156853299f313e23d1673dc12e1703d',
  canonicalRequest: [
    'POST',
    '/',
    'ImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai',
    'host:ecs.cn-shanghai.aliyuncs.com',
    'x-acs-action:RunInstances',
    'x-acs-content-sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    'x-acs-date:2023-10-26T10:22:32Z',
    'x-acs-signature-nonce:3156853299f313e23d1673dc12e1703d',
    'x-acs-version:2014-05-26',
    '',
    'host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version',
    'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  ].join('\n'),
  stringToSign: 'ACS3-HMAC-SHA256\n7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259',
  signature: '06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0',
  authorization:
    'ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;' +
    'x-acs-signature-nonce;x-acs-version,Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0',
};

const SM3_OF_TEST = '55e12e91650d2fec56ec74e1d3e4ddbfce2ef3a65890c2a19ecf88a307e76a23';

/** 2.2 S1: payload hash. */
export const hashVectors = [
  {
    name: 'S1 SHA-256("test")',
    input: 'test',
    hex: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
  },
  {
    name: 'empty payload',
    input: '',
    hex: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  },
];

/**
 * 2.2 S5 (Go SDK): built from raw parts through our canonicalisation helpers. `query` is the raw query string,
 * `headers` the raw headers (two spellings of one name), `hashedPayload` given as-is (the SM3 of "test").
 */
export const canonicalizationVectors = [
  {
    name: 'S5 (Go SDK): repeated header merged, empty query value, empty method and path',
    method: '',
    path: '',
    query: 'test=ok&empty=',
    headers: { 'x-acs-test': 'http', 'x-acs-TEST': 'https' },
    hashedPayload: SM3_OF_TEST,
    accessKeyId: 'acesskey',
    accessKeySecret: 'secret',
    canonicalRequest: `\n/\nempty=&test=ok\nx-acs-test:http,https\n\nx-acs-test\n${SM3_OF_TEST}`,
    authorization:
      'ACS3-HMAC-SHA256 Credential=acesskey,SignedHeaders=x-acs-test,' +
      'Signature=4ab59fffe3c5738ff8a2729f90cc04fe18b02a4b15b2102cbaf92f9ff3df2ea3',
  },
];

/**
 * 2.2 S6/S7 (TS SDK): canonical requests carrying JS artefacts (method "undefined", empty URI) that our canonicaliser
 * rightly never produces; they check the string-to-sign / HMAC / Authorization plumbing from a given canonical request.
 */
export const plumbingVectors = [
  {
    name: 'S6 (TS SDK)',
    canonicalRequest: `undefined\n\nempty=&test=ok\nx-acs-test:http,https\n\nx-acs-test\n${SM3_OF_TEST}`,
    signedHeaders: 'x-acs-test',
    accessKeyId: 'acesskey',
    accessKeySecret: 'secret',
    authorization:
      'ACS3-HMAC-SHA256 Credential=acesskey,SignedHeaders=x-acs-test,' +
      'Signature=0f2d549523cf082c83bb8135b5863614f7fe16ca7c2c7fc537e74d67374eeeac',
  },
  {
    name: 'S7 (TS SDK)',
    canonicalRequest: `undefined\n\n\n\n\n${SM3_OF_TEST}`,
    signedHeaders: '',
    accessKeyId: 'acesskey',
    accessKeySecret: 'secret',
    authorization:
      'ACS3-HMAC-SHA256 Credential=acesskey,SignedHeaders=,' +
      'Signature=608b887e491f3e88e85276b188a4d24e29230a559464685ccbf2dcc458e1fde8',
  },
];

/** 2.3: V2 RPC HMAC-SHA1 (what STS AssumeRole is signed with). */
export const rpcV2Vectors: {
  name: string;
  method: string;
  params: Record<string, string>;
  secret: string;
  stringToSign: string;
  signature: string;
}[] = [
  {
    name: 'DOC-RPC2 fixed example (DescribeDedicatedHosts)',
    method: 'GET',
    params: {
      AccessKeyId: 'testid',
      Action: 'DescribeDedicatedHosts',
      Format: 'JSON',
      RegionId: 'cn-beijing',
      SignatureMethod: 'HMAC-SHA1',
      SignatureNonce: 'edb2b34af0af9a6d14deaf7c1a5315eb',
      SignatureVersion: '1.0',
      Timestamp: '2023-03-13T08:34:30Z',
      Version: '2014-05-26',
    },
    secret: 'testsecret',
    stringToSign:
      'GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeDedicatedHosts%26Format%3DJSON%26RegionId%3Dcn-beijing%26' +
      'SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3Dedb2b34af0af9a6d14deaf7c1a5315eb%26SignatureVersion%3D1.0%26' +
      'Timestamp%3D2023-03-13T08%253A34%253A30Z%26Version%3D2014-05-26',
    signature: '9NaGiOspFP5UPcwX8Iwt2YJXXuk=',
  },
  {
    name: 'TS SDK getRPCSignature({test: ok}, method "")',
    method: '',
    params: { test: 'ok' },
    secret: 'accessKeySecret',
    stringToSign: '&%2F&test%3Dok',
    signature: 'jHx/oHoHNrbVfhncHEvPdHXZwHU=',
  },
];
