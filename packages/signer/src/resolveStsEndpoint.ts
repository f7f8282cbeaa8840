/** Where STS is: explicit endpoint, else by region (VPC or public), else `sts.aliyuncs.com`. */
export interface StsEndpointOptions {
  /** A host (`sts.cn-hangzhou.aliyuncs.com`, https assumed) or a URL (`http://127.0.0.1:8080`). */
  stsEndpoint?: string;
  /** @default env ALIBABA_CLOUD_STS_REGION */
  stsRegion?: string;
  /** Use `sts-vpc.<region>.aliyuncs.com` (only with a region). @default env ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED === 'true' */
  enableVpc?: boolean;
}

export function resolveStsEndpoint(options: StsEndpointOptions, env: NodeJS.ProcessEnv): URL {
  const endpoint = options.stsEndpoint;
  if (endpoint !== undefined && endpoint !== '') {
    return new URL(endpoint.includes('://') ? endpoint : 'https://' + endpoint);
  }
  const region = options.stsRegion || env.ALIBABA_CLOUD_STS_REGION;
  const vpc = options.enableVpc ?? env.ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED === 'true';
  const host = region ? `${vpc ? 'sts-vpc' : 'sts'}.${region}.aliyuncs.com` : 'sts.aliyuncs.com';
  return new URL('https://' + host);
}
